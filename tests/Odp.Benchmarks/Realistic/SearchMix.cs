using System.Diagnostics;
using System.Globalization;
using Odp.Benchmarks.Catalog;
using Odp.Benchmarks.Servers;
using Odp.Bot.Cli;
using Odp.Bot.Platforms.Slack;
using Odp.Engine.Catalog.Sync;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// Mode <see cref="Mode"/>, for a profiler: the realistic requests through the Slack command path in this process,
/// one at a time on one thread. The host is the real one (<see cref="ServeHost.Build"/>, so the DI composition of
/// <c>AddOdpEngine</c>, <c>AddOdpConversation</c> and <c>AddSlack</c>) over the realistic catalog and directory; each
/// request runs what <c>POST /slack/commands</c> runs after the signature check (<see cref="SlackCommandPath"/>) down
/// to the ack's bytes. Reports per category the time, thread CPU and bytes allocated per request
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), with the answer cache off and on.
/// </summary>
public static class SearchMix
{
    public const string Mode = "search-mix";

    public const string Usage =
        "search-mix [--datasets 20000] [--users 50] [--texts 4000] [--seed 42] [--requests 4000] [--repeat 1] [--category 1-word|2-words|3-words|filters|typos|page-2] [--cache off|on|both]";

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => ModeArgs.Value(args, Mode, name, fallback);
        int Number(string name, string fallback) => int.Parse(Value(name, fallback), CultureInfo.InvariantCulture);
        foreach (var name in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
            if (!Usage.Contains($"[{name} ", StringComparison.Ordinal)) throw new ArgumentException($"Unknown option {name}. Use: {Usage}");
        var (datasets, users, seed) = (Number("--datasets", "20000"), Number("--users", "50"), Number("--seed", "42"));
        var (count, repeat) = (Number("--requests", "4000"), Number("--repeat", "1"));
        SearchCategory? only = Value("--category", "") is { Length: > 0 } c ? SearchCategories.Parse(c) : null;
        var cache = Value("--cache", "both");
        if (cache is not ("off" or "on" or "both")) throw new ArgumentException("--cache is off, on or both.");

        var folder = Directory.CreateTempSubdirectory("odp-bench-mix-");
        try
        {
            var files = await RealisticFiles.WriteAsync(folder.FullName, datasets, users, seed);
            var texts = SearchTexts.Create(Number("--texts", "4000"), users, seed);
            var requests = texts.Stream(seed + 1).Where(r => only is null || r.Category == only).Take(count)
                .Select((r, i) => (r.Category, Body: System.Text.Encoding.UTF8.GetBytes(SignedRequestFile.Form(r, $"mix.{i}")))).ToList();
            Console.WriteLine($"search-mix, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine.Describe()}, load average {Machine.LoadAverage()}");
            Console.WriteLine($"{CatalogCoverage.Describe(files.Datasets)}; {requests.Count:N0} requests ({(only is { } o ? SearchCategories.Name(o) : "all categories")}) × {repeat} after one warm-up pass");
            var (stub, apiUrl) = await UsersInfoStub.StartAsync();
            await using (stub)
            {
                foreach (var on in cache == "both" ? new[] { false, true } : [cache == "on"])
                    await RunAsync(files, apiUrl, folder.FullName, on, requests, repeat);
            }
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(RealisticFiles files, string apiUrl, string folder, bool cache, List<(SearchCategory Category, byte[] Body)> requests, int repeat)
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, cache ? "data-cached" : "data-uncached")).FullName;
        string[] config =
        [
            "--urls=http://127.0.0.1:0",
            .. OdpServer.SlackSettings(apiUrl),
            "--Logging:LogLevel:Default=Warning", // the host's log lines would mix with the figures
            .. cache ? Array.Empty<string>() : [AckBenchmark.NoAnswerCache],
        ];
        await using var app = ServeHost.Build(config, new Odp.Bot.Cli.HostOptions(data, files.Catalog, files.Directory));
        await app.StartAsync();
        var path = new SlackCommandPath(app.Services.GetRequiredService<SlackInbound>());
        var settle = Stopwatch.StartNew();
        var probe = System.Text.Encoding.UTF8.GetBytes(SignedRequestFile.Form(new SearchRequest("search customer", SearchCategory.OneWord, 1), "mix.settle"));
        while (!SlackCommandPath.HasResults(await path.RunAsync(probe)))
        {
            if (settle.Elapsed > TimeSpan.FromMinutes(3)) throw new InvalidOperationException("No search answered with results within 3 minutes.");
            await Task.Delay(TimeSpan.FromMilliseconds(250)); // the host indexes the catalog at start: poll until it answers
        }
        var results = settle.Elapsed;
        // With only local sources the sync worker runs once at start and ends: time nothing while it runs.
        foreach (var worker in app.Services.GetServices<IHostedService>().OfType<CatalogSyncWorker>())
            if (worker.ExecuteTask is { } run) await run;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answer cache {(cache ? "on (default size)" : "off")}: first results after {results.TotalSeconds:0.0} s, first sync done after {settle.Elapsed.TotalSeconds:0.0} s; warm-up pass…"));
        foreach (var (_, body) in requests) await path.RunAsync(body);

        var timings = new SearchMixTimings();
        var gen0 = GC.CollectionCount(0);
        var gcPause = GC.GetTotalPauseDuration();
        for (var pass = 0; pass < repeat; pass++)
        {
            foreach (var (category, body) in requests)
            {
                var thread = Environment.CurrentManagedThreadId;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadCpuClock.NowMs();
                var start = Stopwatch.GetTimestamp();
                var ack = await path.RunAsync(body);
                var elapsed = Stopwatch.GetElapsedTime(start);
                timings.Add(category, elapsed, ThreadCpuClock.NowMs() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated,
                    hopped: thread != Environment.CurrentManagedThreadId, search: SlackCommandPath.IsSearchResult(ack));
            }
        }
        timings.Print(Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC while timing: {GC.CollectionCount(0) - gen0} gen0 collections, {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:0} ms paused"));
        await app.StopAsync();
    }
}
