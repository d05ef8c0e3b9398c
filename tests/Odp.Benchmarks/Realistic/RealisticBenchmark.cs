using Odp.Benchmarks.Load;
using Odp.Benchmarks.Servers;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// Mode <see cref="Mode"/>: the ack path under realistic searches (docs/performance.md, "realistic traffic"). Writes
/// the synthetic catalog and directory, then measures each peer in its own process, one after another: ODP with its
/// answer cache, ODP without it, a Bolt app doing the same search with MiniSearch, Bolt acking only, bare Kestrel.
/// Prints the table and the verdicts against the issue's targets.
/// </summary>
public static class RealisticBenchmark
{
    public const string Mode = "realistic";

    public static async Task<int> RunAsync(RealisticSettings settings)
    {
        if (WrkLoad.WhyNot() is { } why)
        {
            Console.Error.WriteLine($"{why}. Use run.sh.");
            return 2;
        }
        Console.WriteLine($"Realistic ack benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {settings}");
        Console.WriteLine($"Machine: {Machine.Describe()}; load average {Machine.LoadAverage()}");
        // With --files the catalog and directory are written there and kept (e.g. for `odp serve --catalog`).
        var folder = settings.Files is { } kept ? Directory.CreateDirectory(kept) : Directory.CreateTempSubdirectory("odp-bench-realistic-");
        try
        {
            var files = await RealisticFiles.WriteAsync(folder.FullName, settings.Datasets, settings.Users, settings.Seed);
            var texts = SearchTexts.Create(settings.Texts, settings.Users, settings.Seed);
            Console.WriteLine($"Catalog: {CatalogCoverage.Describe(files.Datasets)}");
            Console.WriteLine($"Texts: {texts.Count:N0} distinct ({texts.Summary()}); e.g. {string.Join(" | ", SearchCategories.All.Select(c => texts.Of(c).FirstOrDefault()).Where(t => t is not null))}");
            var load = new RealisticLoad(settings, texts);
            var results = new List<LoadResult>();
            foreach (var target in settings.Targets)
            {
                Console.Error.WriteLine($"… {target}");
                var result = await MeasureAsync(target, files, load);
                results.Add(result);
                Console.Error.WriteLine($"  {ResultTable.Row(result)}");
                await Task.Delay(TimeSpan.FromSeconds(1)); // let the previous server's exit settle before the next one
            }
            Console.WriteLine($"Load average after the run: {Machine.LoadAverage()}");
            return RealisticReport.Print(Console.Out, results) ? 0 : 1;
        }
        finally
        {
            if (settings.Files is null) folder.Delete(recursive: true);
        }
    }

    private static async Task<LoadResult> MeasureAsync(string target, RealisticFiles files, RealisticLoad load)
    {
        switch (target)
        {
            case "odp":
            case "odp-uncached":
            {
                var data = Directory.CreateTempSubdirectory("odp-bench-");
                try
                {
                    string[] args = ["--data", data.FullName, "--catalog", files.Catalog, "--directory", files.Directory];
                    await using var odp = await ServerProcess.StartSelfAsync(
                        OdpServer.Mode, target == "odp" ? args : [.. args, AckBenchmark.NoAnswerCache], [RealisticLoad.SyncLogged]);
                    return await load.RunAsync(target, odp, "/slack/commands", searches: true, syncs: true);
                }
                finally
                {
                    try { data.Delete(recursive: true); } catch (IOException) { } // the child may still hold a file for a moment
                }
            }
            case "bolt-minisearch":
            {
                if (BoltApp.WhyNotMiniSearch() is { } why) return LoadResult.NotMeasured(target, why);
                await using var bolt = await BoltApp.StartAsync(OdpServer.Secret, "minisearch-app.js", new Dictionary<string, string> { ["CATALOG_JSON"] = files.CatalogJson });
                return await load.RunAsync(target, bolt, "/slack/events", searches: true);
            }
            case "bolt":
            {
                if (BoltApp.WhyNot() is { } why) return LoadResult.NotMeasured(target, why);
                await using var bolt = await BoltApp.StartAsync(OdpServer.Secret);
                return await load.RunAsync(target, bolt, "/slack/events", searches: false);
            }
            case "kestrel":
            {
                await using var kestrel = await ServerProcess.StartSelfAsync(KestrelServer.Mode);
                return await load.RunAsync(target, kestrel, "/slack/commands", searches: false);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown target.");
        }
    }
}
