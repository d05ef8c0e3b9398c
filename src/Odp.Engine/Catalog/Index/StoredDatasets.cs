using Lucene.Net.Index;
using Odp.Engine.Budget;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Reads datasets back from the index, keeping the ones read lately (<see cref="GenerationCache{TKey, TValue}"/>, at
/// most <see cref="MaxBytes"/> estimated): reading one from Lucene's compressed stored fields means decompressing the
/// block around it, which costs a search more than finding it. Keyed by segment and document, which never change (a
/// changed dataset is a new document), so nothing kept is ever stale.
/// </summary>
internal sealed class StoredDatasets
{
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly GenerationCache<(object Segment, int Doc), Dataset> kept = new(int.MaxValue, MaxBytes);

    /// <summary>How many bytes the kept datasets take, about.</summary>
    public long Bytes => kept.Bytes;

    public Dataset Read(IndexReader reader, int doc)
    {
        var segments = reader.Leaves;
        var segment = segments[ReaderUtil.SubIndex(doc, segments)];
        var key = (segment.AtomicReader.CoreCacheKey, doc - segment.DocBase);
        if (kept.TryGet(key, out var dataset)) return dataset;
        dataset = DatasetDocument.Read(reader.Document(doc));
        kept.Keep(key, dataset, Estimate(dataset));
        return dataset;
    }

    /// <summary>Two bytes a character plus object overheads.</summary>
    private static long Estimate(Dataset d) =>
        200 + 2L * (d.Name.Length + d.Description.Length + d.Domain.Length)
        + d.Owners.Sum(o => 40L + 2 * o.Length) + d.Tags.Sum(t => 40L + 2 * t.Length)
        + d.Columns.Sum(c => 120L + 2 * (c.Name.Length + c.Type.Length + c.Description.Length));
}
