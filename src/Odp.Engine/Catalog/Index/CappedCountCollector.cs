using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>Counts hits and stops the search once <paramref name="limit"/> are counted.</summary>
internal sealed class CappedCountCollector(int limit) : ICollector
{
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        // The searcher skips the rest of a segment on this exception; thrown here, it skips whole segments.
        if (Count >= limit) throw new CollectionTerminatedException();
    }

    public void Collect(int doc)
    {
        if (++Count >= limit) throw new CollectionTerminatedException();
    }
}
