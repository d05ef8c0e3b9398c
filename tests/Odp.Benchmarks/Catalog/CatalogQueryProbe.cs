using System.Diagnostics;
using System.Globalization;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Sync;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// Mode <see cref="Mode"/>: times one query again and again on a synthetic index kept in a folder, to look into one
/// slow query without rebuilding a million datasets each time. Builds the index there (from the seed) when the folder
/// holds none; the folder is left for the next run.
/// </summary>
public static class CatalogQueryProbe
{
    public const string Mode = "catalog-query";

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = ModeArgs.Value(args, Mode, "--folder");
        var size = int.Parse(ModeArgs.Value(args, Mode, "--size", "1000000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(ModeArgs.Value(args, Mode, "--seed", "42"), CultureInfo.InvariantCulture);
        var repeat = int.Parse(ModeArgs.Value(args, Mode, "--repeat", "200"), CultureInfo.InvariantCulture);
        var texts = ModeArgs.Value(args, Mode, "--query").Split('|');
        using var index = await OpenOrBuildAsync(folder, size, seed);
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder)))
        {
            var bytes = reader.Leaves.Sum(leaf => SegmentPostings.Of(leaf.AtomicReader).Bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{reader.NumDocs:N0} datasets in {reader.Leaves.Count} segments; words and postings in memory: {bytes / 1e6:0} MB"));
        }

        foreach (var text in texts)
        {
            var query = SearchQueryParser.Parse(text, 0, 10);
            SearchResult result;
            try
            {
                result = await index.SearchAsync(query, CancellationToken.None);
            }
            catch (Odp.Engine.Errors.InvalidRequestException refused)
            {
                Console.WriteLine($"{text,-30} refused: {refused.Message}");
                continue;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            await index.SearchAsync(query, CancellationToken.None);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var times = new double[repeat];
            for (var i = 0; i < repeat; i++)
            {
                var start = ThreadCpuClock.NowMs();
                await index.SearchAsync(query, CancellationToken.None);
                times[i] = ThreadCpuClock.NowMs() - start;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{text,-30} total {result.Total}  thread CPU ms: min {times[0]:0.00}  p50 {times[repeat / 2]:0.00}  max {times[^1]:0.00}  allocated {allocated / 1024} KB"));
        }

        return 0;
    }

    /// <summary>The index in <paramref name="folder"/>, built there from the seed first when it holds none.</summary>
    public static async Task<LuceneCatalogIndex> OpenOrBuildAsync(string folder, int size, int seed)
    {
        var index = LuceneCatalogIndex.Open(folder);
        if ((await index.NamesAsync(CancellationToken.None)).Count > 0) return index;
        var build = Stopwatch.StartNew();
        foreach (var batch in new SyntheticCatalog(seed).Generate(size).Chunk(CatalogSync.BatchSize))
        {
            await index.UpsertAsync(batch, CancellationToken.None);
        }

        await index.CommitAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {size:N0} datasets in {build.Elapsed.TotalSeconds:0.0} s"));
        return index;
    }
}
