namespace Odp.Benchmarks.Servers;

/// <summary>
/// The ceiling: bare Kestrel (minimal API, no logging, no middleware) answering any POST with a fixed JSON body the
/// size of a small ack. Arguments: <c>--port</c>.
/// </summary>
public static class KestrelServer
{
    public const string Mode = "serve-kestrel";
    private const string Body = """{"response_type":"ephemeral","text":"ok"}""";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = args.SkipWhile(a => a != "--port").Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{Mode} needs --port.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/{**path}", () => Results.Text(Body, "application/json; charset=utf-8"));
        await app.RunAsync();
        return 0;
    }
}
