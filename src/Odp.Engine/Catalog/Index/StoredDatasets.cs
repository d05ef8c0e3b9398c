using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Reads datasets back from the index, keeping the ones read lately: reading one from Lucene's compressed stored
/// fields means decompressing the block around it, which costs a search more than finding it. Kept in two
/// generations of at most <see cref="GenerationBytes"/> (estimated) each: a dataset read again moves to the newer one;
/// when the newer one is full the older one is dropped. Keyed by segment and document, which never change (a changed
/// dataset is a new document), so nothing kept is ever stale.
/// </summary>
internal sealed class StoredDatasets
{
    /// <summary>What one generation may hold: two hold at most 64 MB of datasets.</summary>
    public const long GenerationBytes = 32L * 1024 * 1024;

    private readonly Lock swap = new();
    private ConcurrentDictionary<(object Segment, int Doc), Dataset> newer = new();
    private ConcurrentDictionary<(object Segment, int Doc), Dataset> older = new();
    private long newerBytes;

    /// <summary>How many bytes the kept datasets take, about.</summary>
    public long Bytes => Interlocked.Read(ref newerBytes) + older.Values.Sum(Estimate);

    public Dataset Read(IndexReader reader, int doc)
    {
        var segments = reader.Leaves;
        var segment = segments[ReaderUtil.SubIndex(doc, segments)];
        var key = (segment.AtomicReader.CoreCacheKey, doc - segment.DocBase);
        if (newer.TryGetValue(key, out var dataset)) return dataset;
        if (!older.TryGetValue(key, out dataset)) dataset = DatasetDocument.Read(reader.Document(doc));
        Keep(key, dataset);
        return dataset;
    }

    private void Keep((object, int) key, Dataset dataset)
    {
        if (!newer.TryAdd(key, dataset)) return;
        if (Interlocked.Add(ref newerBytes, Estimate(dataset)) <= GenerationBytes) return;
        lock (swap)
        {
            if (Interlocked.Read(ref newerBytes) <= GenerationBytes) return;
            older = newer;
            newer = new ConcurrentDictionary<(object, int), Dataset>();
            Interlocked.Exchange(ref newerBytes, 0);
        }
    }

    /// <summary>Two bytes a character plus object overheads.</summary>
    private static long Estimate(Dataset d) =>
        200 + 2L * (d.Name.Length + d.Description.Length + d.Domain.Length)
        + d.Owners.Sum(o => 40L + 2 * o.Length) + d.Tags.Sum(t => 40L + 2 * t.Length)
        + d.Columns.Sum(c => 120L + 2 * (c.Name.Length + c.Type.Length + c.Description.Length));
}
