using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The best <c>offset + limit</c> documents offered, by score (highest first) and then by name (the file catalog's
/// order). Each segment keeps its own best, compared by the segment's name ordinals; the few kept are then merged
/// across segments by their sort keys.
/// </summary>
internal sealed class TopHits
{
    private static readonly IComparer<Rank> WorstFirst = Comparer<Rank>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Order.CompareTo(a.Order));

    private readonly IList<AtomicReaderContext> segments;
    private readonly int[] bases;
    private readonly Rank[] worst;
    private readonly int[][] nameOrder;
    private readonly Lucene.Net.Util.IBits?[] live;
    private readonly PriorityQueue<int, Rank>[] best;
    private readonly int wanted;

    public TopHits(IList<AtomicReaderContext> segments, int wanted)
    {
        this.segments = segments;
        this.wanted = wanted;
        bases = [.. segments.Select(s => s.DocBase)];
        worst = new Rank[segments.Count];
        nameOrder = [.. segments.Select(s => SegmentPostings.Of(s.AtomicReader).NameOrder)];
        live = [.. segments.Select(s => s.AtomicReader.LiveDocs)];
        best = [.. segments.Select(_ => new PriorityQueue<int, Rank>(WorstFirst))];
    }

    /// <summary>Keeps the document if it is among the best so far; false when it was deleted (it does not count).</summary>
    public bool Offer(int doc, float score)
    {
        var segment = bases.Length - 1;
        while (doc < bases[segment]) segment--;
        var local = doc - bases[segment];
        if (live[segment] is { } bits && !bits.Get(local)) return false;
        if (wanted == 0) return true;
        var kept = best[segment];
        var order = nameOrder[segment][local];
        if (kept.Count == wanted)
        {
            // Once a segment keeps enough, most documents score below its worst, or tie with it and come later by
            // name, and are dropped at once.
            var last = worst[segment];
            if (score < last.Score || (score == last.Score && order >= last.Order)) return true;
            kept.DequeueEnqueue(local, new Rank(score, order));
        }
        else
        {
            kept.Enqueue(local, new Rank(score, order));
        }

        if (kept.Count == wanted) kept.TryPeek(out _, out worst[segment]);
        return true;
    }

    /// <summary>The documents from <paramref name="offset"/> on, at most <paramref name="limit"/>, best first.</summary>
    public List<(int Doc, float Score)> Page(int offset, int limit)
    {
        var all = new List<(int Segment, int Doc, Rank Rank, byte[]? Key)>();
        for (var segment = 0; segment < best.Length; segment++)
        {
            var names = best.Length > 1 ? segments[segment].AtomicReader.GetSortedDocValues(CatalogFields.NameSort) : null;
            var scratch = new BytesRef();
            foreach (var (doc, rank) in best[segment].UnorderedItems)
            {
                byte[]? key = null;
                if (names is not null)
                {
                    names.LookupOrd(rank.Order, scratch);
                    key = scratch.Bytes.AsSpan(scratch.Offset, scratch.Length).ToArray();
                }

                all.Add((segment, doc, rank, key));
            }
        }

        all.Sort((a, b) =>
        {
            if (a.Rank.Score != b.Rank.Score) return b.Rank.Score.CompareTo(a.Rank.Score);
            return a.Segment == b.Segment || a.Key is null || b.Key is null
                ? a.Rank.Order.CompareTo(b.Rank.Order)
                : a.Key.AsSpan().SequenceCompareTo(b.Key);
        });
        return [.. all.Skip(offset).Take(limit).Select(h => (segments[h.Segment].DocBase + h.Doc, h.Rank.Score))];
    }

    private readonly record struct Rank(float Score, int Order);
}
