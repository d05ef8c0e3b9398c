using Odp.Benchmarks.Load;
using Odp.Benchmarks.Servers;

namespace Odp.Benchmarks;

/// <summary>
/// The ack path under load: the same signed <c>/odp search churn</c> against each target in turn, each server in its
/// own child process on 127.0.0.1, the load generator in this one. Prints a table and the ratios against the targets.
/// </summary>
public static class AckBenchmark
{
    /// <summary>The quiet ODP variant: only the per-request hosting/routing logs turned down, by configuration.</summary>
    public const string QuietLogging = "--Logging:LogLevel:Microsoft.AspNetCore=Warning";

    public static async Task<int> RunAsync(AckSettings settings)
    {
        Console.WriteLine($"Ack benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {settings}");
        Console.WriteLine($"Machine: {CpuModel()}, {Environment.ProcessorCount} logical CPUs; .NET {Environment.Version}; load average {LoadAverage()}");
        var results = new List<LoadResult>();
        var output = new Dictionary<string, long>();
        foreach (var target in settings.Targets)
        {
            Console.Error.WriteLine($"… {target}");
            var (result, bytes) = await MeasureAsync(target, settings);
            results.Add(result);
            if (bytes is { } b) output[target] = b;
            Console.Error.WriteLine($"  {ResultTable.Row(result)}");
            await Task.Delay(TimeSpan.FromSeconds(1)); // let the previous server's exit settle before the next one
        }
        ResultTable.Print(Console.Out, results, output);
        return results.All(r => r.Measured || r.Target == "bolt") ? 0 : 1;
    }

    private static async Task<(LoadResult Result, long? OutputBytes)> MeasureAsync(string target, AckSettings settings)
    {
        var load = new LoadGenerator(settings);
        switch (target)
        {
            case "odp":
            case "odp-quiet":
            {
                var data = Directory.CreateTempSubdirectory("odp-bench-");
                try
                {
                    string[] args = target == "odp" ? ["--data", data.FullName] : ["--data", data.FullName, QuietLogging];
                    await using var odp = await ServerProcess.StartSelfAsync(OdpServer.Mode, args);
                    var commands = new SignedCommands(new Uri($"http://127.0.0.1:{odp.Port}/slack/commands"), OdpServer.Secret);
                    return (await load.RunAsync(target, commands.Next, (r, body) =>
                        !r.IsSuccessStatusCode ? $"HTTP {(int)r.StatusCode} {body}"
                        : !body.Contains("customer_churn", StringComparison.Ordinal) ? $"no churn dataset in the ack: {body}" : null, () => odp.CpuTime), odp.OutputBytes);
                }
                finally
                {
                    try { data.Delete(recursive: true); } catch (IOException) { } // the child may still hold a file for a moment
                }
            }
            case "kestrel":
            {
                await using var kestrel = await ServerProcess.StartSelfAsync(KestrelServer.Mode);
                var commands = new SignedCommands(new Uri($"http://127.0.0.1:{kestrel.Port}/slack/commands"), OdpServer.Secret);
                return (await load.RunAsync(target, commands.Next, (r, body) => r.IsSuccessStatusCode ? null : $"HTTP {(int)r.StatusCode}", () => kestrel.CpuTime), kestrel.OutputBytes);
            }
            case "bolt":
            {
                if (BoltApp.WhyNot() is { } why) return (LoadResult.NotMeasured(target, why), null);
                await using var bolt = await BoltApp.StartAsync(OdpServer.Secret);
                var commands = new SignedCommands(new Uri($"http://127.0.0.1:{bolt.Port}/slack/events"), OdpServer.Secret);
                return (await load.RunAsync(target, commands.Next, (r, body) => r.IsSuccessStatusCode ? null : $"HTTP {(int)r.StatusCode} {body}", () => bolt.CpuTime), bolt.OutputBytes);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown target.");
        }
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
