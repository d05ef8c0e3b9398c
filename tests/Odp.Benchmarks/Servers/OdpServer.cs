using Odp.Bot.Cli;

namespace Odp.Benchmarks.Servers;

/// <summary>
/// The real ODP host, exactly as <c>odp serve</c> builds it (<see cref="ServeHost.Build"/>, default logging unless
/// configuration arguments say otherwise), with the Slack adapter on and Slack's Web API replaced by
/// <see cref="UsersInfoStub"/>. Arguments: <c>--port</c>, <c>--data</c>, optionally <c>--catalog FILE</c> and
/// <c>--directory FILE</c> (as <c>odp serve</c> takes them; the demo files otherwise), then any configuration arguments.
/// </summary>
public static class OdpServer
{
    public const string Mode = "serve-odp";
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static async Task<int> RunAsync(string[] args)
    {
        string? port = null, data = null, catalog = null, directory = null;
        var config = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--port" && i + 1 < args.Length) port = args[++i];
            else if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--catalog" && i + 1 < args.Length) catalog = args[++i];
            else if (args[i] == "--directory" && i + 1 < args.Length) directory = args[++i];
            else config.Add(args[i]);
        }
        if (port is null || data is null) throw new ArgumentException($"{Mode} needs --port and --data.");

        var (stub, apiUrl) = await UsersInfoStub.StartAsync();
        await using (stub)
        {
            var app = ServeHost.Build([$"--urls=http://127.0.0.1:{port}", .. SlackSettings(apiUrl), .. config], new Odp.Bot.Cli.HostOptions(data, catalog, directory));
            await app.RunAsync();
        }
        return 0;
    }

    /// <summary>The Slack adapter on, with the benchmark's signing secret and Slack's Web API at <paramref name="apiUrl"/>.</summary>
    public static string[] SlackSettings(string apiUrl) =>
        [$"--Odp:Slack:SigningSecret={Secret}", "--Odp:Slack:BotToken=xoxb-benchmark", $"--Odp:Slack:ApiUrl={apiUrl}"];
}
