using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Sync;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// One size, in its own process (mode <see cref="Mode"/>): builds the index on disk in a temporary folder, the way
/// the bot keeps it (FSDirectory, memory-mapped), the way a sync writes it (<see cref="ICatalogIndex.UpsertAsync"/> in
/// batches of <see cref="CatalogSync.BatchSize"/>, then one <see cref="ICatalogIndex.CommitAsync"/>); runs the query
/// mix once to warm up and once timed while the index merges its segments in the background, waits for the merge,
/// then times the mix again (the figures reported), one query at a time; reports peak RSS (VmHWM, which counts the mapped index
/// pages that were touched) as one JSON line. The build is timed whole (with the synthetic source) and inside the
/// index calls only; each query by the clock and by its thread's CPU time.
/// </summary>
public static class CatalogSizeRun
{
    public const string Mode = "catalog-size";
    public const string ResultPrefix = "RESULT ";
    public static async Task<int> RunAsync(string[] args)
    {
        var size = int.Parse(ModeArgs.Value(args, Mode, "--size"), CultureInfo.InvariantCulture);
        var seed = int.Parse(ModeArgs.Value(args, Mode, "--seed"), CultureInfo.InvariantCulture);
        var queryCount = int.Parse(ModeArgs.Value(args, Mode, "--queries"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), $"odp-catalog-bench-{Environment.ProcessId}");
        try
        {
            using var index = LuceneCatalogIndex.Open(folder);
            var samples = new List<string>();
            var every = Math.Max(1, size / 500);
            var cpu = Process.GetCurrentProcess();
            var buildCpu = cpu.TotalProcessorTime;
            var build = Stopwatch.StartNew();
            var indexing = new IndexingClock(cpu);
            var position = 0;
            foreach (var batch in new SyntheticCatalog(seed).Generate(size).Chunk(CatalogSync.BatchSize))
            {
                foreach (var dataset in batch)
                {
                    if (position++ % every == 0) samples.Add(dataset.Name);
                }

                await indexing.TimeAsync(() => index.UpsertAsync(batch, CancellationToken.None));
            }

            await indexing.TimeAsync(() => index.CommitAsync(CancellationToken.None));
            build.Stop();
            var sinceBuild = Stopwatch.StartNew();
            cpu.Refresh();
            buildCpu = cpu.TotalProcessorTime - buildCpu;
            var queryTexts = CatalogQueryMix.Create(queryCount, seed, samples);
            var queries = queryTexts.Select(q => SearchQueryParser.Parse(q, 0, 10)).ToList();
            foreach (var query in queries) await index.SearchAsync(query, CancellationToken.None);

            // Right after the commit the background merge is still running: time the mix once then, for the record.
            var (early, _, _) = await TimeAsync(index, queries);
            index.WaitForMerges();
            var merged = build.Elapsed + sinceBuild.Elapsed;
            // The merged segments are durable (and the old files go) with the next commit, as after the next sync.
            await index.CommitAsync(CancellationToken.None);
            var segments = index.SegmentCount;

            cpu.Refresh();
            var queryCpu = cpu.TotalProcessorTime;
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var (times, cpuTimes, hits) = await TimeAsync(index, queries);
            cpu.Refresh();
            queryCpu = cpu.TotalProcessorTime - queryCpu;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC while timing: gen0 {GC.CollectionCount(0) - gcBefore.Item1}, gen1 {GC.CollectionCount(1) - gcBefore.Item2}, gen2 {GC.CollectionCount(2) - gcBefore.Item3}, pauses {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds:0.0} ms; heap {GC.GetTotalMemory(false) / 1048576} MB"));
            foreach (var slow in times.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(5))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {slow.t:0.0} ms  {queryTexts[slow.i]}"));
            }

            Array.Sort(early);
            Array.Sort(times);
            Array.Sort(cpuTimes);
            var result = new CatalogSizeResult(size, build.Elapsed.TotalSeconds, buildCpu.TotalSeconds,
                indexing.Elapsed.TotalSeconds, indexing.Cpu.TotalSeconds, FolderBytes(folder),
                PeakRss(), times.Length, Percentile(times, 0.50), Percentile(times, 0.99), times[^1],
                Percentile(cpuTimes, 0.50), Percentile(cpuTimes, 0.99),
                queryCpu.TotalMilliseconds / times.Length, (double)hits / times.Length, LoadAverage(),
                Percentile(early, 0.99), merged.TotalSeconds, segments);
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
            return 0;
        }
        finally
        {
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs every query once, one at a time: clock and thread-CPU milliseconds of each, and the hits found.</summary>
    private static async Task<(double[] Times, double[] CpuTimes, long Hits)> TimeAsync(LuceneCatalogIndex index, List<SearchQuery> queries)
    {
        var times = new double[queries.Count];
        var cpuTimes = new double[queries.Count];
        long hits = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var startCpu = ThreadCpuClock.NowMs();
            var found = await index.SearchAsync(queries[i], CancellationToken.None);
            cpuTimes[i] = ThreadCpuClock.NowMs() - startCpu;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            hits += found.Total;
        }

        return (times, cpuTimes, hits);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>VmHWM from /proc/self/status on Linux; the process's peak working set elsewhere.</summary>
    private static long PeakRss()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    /// <summary>The one-minute load average at the end of the run (Linux), to judge how busy the machine was.</summary>
    private static double LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture)
            : -1;
}
