using Odp.Benchmarks.Load;
using Odp.Benchmarks.Servers;

namespace Odp.Benchmarks;

/// <summary>
/// The ack path under load: the same signed <c>/odp search churn</c> against each target in turn, each server in its
/// own child process on 127.0.0.1, the load from wrk (or, with <c>--client http</c>, an HttpClient loop in this
/// process). Prints a table and the ratios against the targets.
/// </summary>
public static class AckBenchmark
{
    /// <summary>ODP with the answer cache off, so every request runs the search, the card and the Block Kit rendering.</summary>
    public const string NoAnswerCache = "--Odp:Conversation:AnswerCache:Size=0";

    public static async Task<int> RunAsync(AckSettings settings)
    {
        if (settings.Client == AckSettings.Wrk && WrkLoad.WhyNot() is { } why)
        {
            Console.Error.WriteLine($"{why}. Use run.sh, or --client http for the slower in-process client.");
            return 2;
        }
        Console.WriteLine($"Ack benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {settings}");
        Console.WriteLine($"Machine: {Machine.Describe()}; load average {Machine.LoadAverage()}");
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
        Console.WriteLine($"Load average after the run: {Machine.LoadAverage()}");
        ResultTable.Print(Console.Out, results, output);
        return results.All(r => r.Measured || r.Target == "bolt") ? 0 : 1;
    }

    private static async Task<(LoadResult Result, long? OutputBytes)> MeasureAsync(string target, AckSettings settings)
    {
        switch (target)
        {
            case "odp":
            case "odp-uncached":
            {
                var data = Directory.CreateTempSubdirectory("odp-bench-");
                try
                {
                    string[] args = target == "odp" ? ["--data", data.FullName] : ["--data", data.FullName, NoAnswerCache];
                    await using var odp = await ServerProcess.StartSelfAsync(OdpServer.Mode, args);
                    return (await MeasureAsync(target, settings, odp, "/slack/commands", body =>
                        body.Contains("customer_churn", StringComparison.Ordinal) ? null : $"no churn dataset in the ack: {body}"), odp.OutputBytes);
                }
                finally
                {
                    try { data.Delete(recursive: true); } catch (IOException) { } // the child may still hold a file for a moment
                }
            }
            case "kestrel":
            {
                await using var kestrel = await ServerProcess.StartSelfAsync(KestrelServer.Mode);
                return (await MeasureAsync(target, settings, kestrel, "/slack/commands", _ => null), kestrel.OutputBytes);
            }
            case "bolt":
            {
                if (BoltApp.WhyNot() is { } why) return (LoadResult.NotMeasured(target, why), null);
                await using var bolt = await BoltApp.StartAsync(OdpServer.Secret);
                return (await MeasureAsync(target, settings, bolt, "/slack/events", _ => null), bolt.OutputBytes);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown target.");
        }
    }

    /// <summary>One checked request first (a target that answers wrongly is not measured at all), then the load.</summary>
    private static async Task<LoadResult> MeasureAsync(string target, AckSettings settings, ServerProcess server, string path, Func<string, string?> checkBody)
    {
        var commands = new SignedCommands(new Uri($"http://127.0.0.1:{server.Port}{path}"), OdpServer.Secret);
        using (var client = new HttpClient())
        using (var first = await client.SendAsync(commands.Next(-1)))
        {
            var body = await first.Content.ReadAsStringAsync();
            var problem = first.IsSuccessStatusCode ? checkBody(body) : $"HTTP {(int)first.StatusCode} {body}";
            if (problem is not null) return LoadResult.NotMeasured(target, $"wrong answer: {problem}");
        }
        return settings.Client == AckSettings.Wrk
            ? await new WrkLoad(settings).RunAsync(target, commands, () => server.CpuTime)
            : await new LoadGenerator(settings).RunAsync(target, commands.Next, (r, _) => r.IsSuccessStatusCode ? null : $"HTTP {(int)r.StatusCode}", () => server.CpuTime);
    }
}
