using System.ComponentModel;
using System.Reflection;

namespace Odp.Benchmarks.Servers;

/// <summary>
/// The Bolt for JavaScript baseline (<c>bolt/app.js</c>, run with Node.js from the project folder). When Node.js or
/// the npm packages are missing it says why instead of starting, so nothing is ever reported for it unmeasured.
/// </summary>
public static class BoltApp
{
    public static string Directory =>
        typeof(BoltApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "BoltDirectory").Value!;

    /// <summary>Null when it can run; otherwise why not.</summary>
    public static string? WhyNot()
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "@slack", "bolt", "package.json")))
            return $"@slack/bolt is not installed in {Directory} (run `npm ci --no-audit --no-fund` there, or use run.sh)";
        try
        {
            using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version")
            { RedirectStandardOutput = true, UseShellExecute = false });
            node?.WaitForExit();
            return node is { ExitCode: 0 } ? null : "node --version failed";
        }
        catch (Win32Exception e)
        {
            return $"Node.js is not on the PATH ({e.Message})";
        }
    }

    /// <summary>Starts <paramref name="app"/> (a file of <c>bolt/</c>) with the signing secret and any more environment variables.</summary>
    public static Task<ServerProcess> StartAsync(string signingSecret, string app = "app.js", IReadOnlyDictionary<string, string>? environment = null) =>
        ServerProcess.StartAsync("node", [app], Directory, new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["SLACK_SIGNING_SECRET"] = signingSecret,
        });

    /// <summary>Null when the MiniSearch peer can run; otherwise why not.</summary>
    public static string? WhyNotMiniSearch() =>
        WhyNot() ?? (File.Exists(Path.Combine(Directory, "node_modules", "minisearch", "package.json"))
            ? null
            : $"minisearch is not installed in {Directory} (run `npm ci --no-audit --no-fund` there, or use run.sh)");
}
