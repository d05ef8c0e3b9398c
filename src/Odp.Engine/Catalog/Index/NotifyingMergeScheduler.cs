using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>Lucene's concurrent merge scheduler that reports each finished merge, so searches move to the merged segments.</summary>
internal sealed class NotifyingMergeScheduler(Action merged) : ConcurrentMergeScheduler
{
    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        base.DoMerge(merge);
        merged();
    }
}
