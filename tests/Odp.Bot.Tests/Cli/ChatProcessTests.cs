using System.Diagnostics;
using System.Text.RegularExpressions;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Cli;

/// <summary>The real program, as a new user runs it: <c>odp chat</c> reading a script from a pipe.</summary>
public sealed class ChatProcessTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-chat-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Chat_PipedScript_PlaysTheWholeLoopAndExitsZero()
    {
        var (exit, output, errors) = await RunChatAsync(
            "/odp search churn",
            "/odp request lake.sales.orders --reason \"Q3 churn model\" --for 30d",
            "@bob /odp approve ODP-1",
            "@alice /odp status ODP-1");

        Assert.True(exit == 0, $"exit {exit}\n{errors}");
        Assert.Contains("alice> /odp search churn", output);
        Assert.Contains("[Approve → /odp approve ODP-1]", output);
        Assert.Contains("Workspace analysts is ready", output);
        Assert.Contains("jdbc:trino://", output);
        Assert.True(File.Exists(Path.Combine(data, "trino", "rules.json")));
        Assert.True(File.Exists(Path.Combine(data, "odp.db")));
    }

    [Fact]
    public async Task Chat_ReadmeSession_PrintsWhatTheReadmeShows()
    {
        var (input, shown) = ReadmeSession();

        var (exit, output, errors) = await RunChatAsync(input);

        Assert.True(exit == 0, $"exit {exit}\n{errors}");
        // Provisioning runs in the background, so an answer may come before or after the first provisioning message:
        // answers are checked whole, everything else in the README's order ("…" stands for anything).
        var answers = shown.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("── answer to ", StringComparison.Ordinal)).ToList();
        foreach (var (line, i) in answers) Assert.Contains($"{line}\n{shown[i + 1]}\n", output);
        var ordered = shown.Where((line, i) => !answers.Any(a => a.i == i || a.i + 1 == i) && line != "…").ToList();
        var lines = output.Split('\n');
        var at = 0;
        foreach (var expected in ordered)
        {
            var pattern = new Regex("^" + string.Join(".*", expected.Split('…').Select(Regex.Escape)) + "$");
            while (at < lines.Length && !pattern.IsMatch(lines[at])) at++;
            Assert.True(at < lines.Length, $"The README shows \"{expected}\", which the real run doesn't print there:\n{output}");
            at++;
        }
    }

    [Fact]
    public async Task Chat_UnknownUserPrefix_SaysWhoExistsAndGoesOn()
    {
        var (exit, output, _) = await RunChatAsync("@zed /odp mine", "/odp mine");

        Assert.Equal(0, exit);
        Assert.Contains("There is no user 'zed'", output);
        Assert.Contains("alice> /odp mine", output);
    }

    [Fact]
    public async Task Chat_MissingCatalogFile_FailsWithAMessageNamingTheSetting()
    {
        var (exit, output, errors) = await RunChatAsync(["/odp help"], "--catalog", Path.Combine(data, "nope.yaml"));

        Assert.NotEqual(0, exit);
        Assert.Contains("nope.yaml", output + errors);
        Assert.Contains("--catalog", output + errors);
    }

    /// <summary>The README's "A session": the lines piped in, and the output it shows.</summary>
    private static (string[] Input, string[] Output) ReadmeSession()
    {
        var readme = File.ReadAllText(Path.Combine(SourceTree.Root, "README.md")).Replace("\r\n", "\n");
        var section = readme[readme.IndexOf("## A session", StringComparison.Ordinal)..];
        var blocks = Regex.Matches(section, "```\n(.*?)```", RegexOptions.Singleline).Take(2).Select(m => m.Groups[1].Value.TrimEnd('\n').Split('\n')).ToList();
        return (blocks[0], blocks[1]);
    }

    [Fact]
    public async Task Chat_PipedSearchWithOpenMetadata_WaitsForTheFirstSyncAndFindsItsTables()
    {
        await using var server = await OpenMetadataOn.StartAsync();
        var environment = OpenMetadataOn.Settings(server).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

        var (exit, output, errors) = await RunChatAsync(["/odp search churn scores tag:PII.Sensitive"], environment);

        Assert.True(exit == 0, $"exit {exit}\n{errors}");
        Assert.Contains("Loading the catalog from openmetadata before reading commands", output);
        Assert.Contains("The catalog is loaded: 32 datasets.", output);
        Assert.DoesNotContain("\r", output);
        Assert.Contains("lake.sales.om_churn_scores", output[output.IndexOf("alice> /odp search", StringComparison.Ordinal)..]);
    }

    private Task<(int Exit, string Output, string Errors)> RunChatAsync(params string[] lines) =>
        RunChatAsync(lines, new Dictionary<string, string>());

    private Task<(int Exit, string Output, string Errors)> RunChatAsync(string[] lines, params string[] extra) =>
        RunChatAsync(lines, new Dictionary<string, string>(), extra);

    private async Task<(int Exit, string Output, string Errors)> RunChatAsync(
        string[] lines, Dictionary<string, string> environment, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Odp.Bot.dll"), "chat", "--data", data }.Concat(extra))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var line in lines) await process.StandardInput.WriteLineAsync(line);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
