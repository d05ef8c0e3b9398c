namespace Odp.Benchmarks.Servers;

/// <summary>
/// Just enough of the Slack Web API for the ack path: <c>users.info</c> says U0ALICE is alice@example.com (the demo
/// directory's alice). ODP caches the mapping, so after the first request nothing reaches this stub.
/// </summary>
public static class UsersInfoStub
{
    public const string User = "U0ALICE";
    private const string Alice = """{"ok":true,"user":{"id":"U0ALICE","name":"alice","real_name":"Alice","profile":{"email":"alice@example.com"}}}""";
    private const string Unknown = """{"ok":false,"error":"not_in_benchmark"}""";

    /// <summary>Starts the stub on a free loopback port; returns it and its base URL (ending in <c>/</c>).</summary>
    public static async Task<(WebApplication App, string ApiUrl)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/api/{method}", (string method) =>
            Results.Text(method == "users.info" ? Alice : Unknown, "application/json; charset=utf-8"));
        await app.StartAsync();
        return (app, $"http://127.0.0.1:{port}/api/");
    }
}
