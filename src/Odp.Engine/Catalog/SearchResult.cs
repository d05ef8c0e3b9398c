namespace Odp.Engine.Catalog;

/// <summary>
/// One page of hits, best first. <see cref="Suggestions"/> holds "did you mean" terms when nothing matched. When
/// <see cref="TotalIsLowerBound"/> is true, at least <see cref="Total"/> datasets match (the index stops counting
/// at 10,000; show it as "10,000+").
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<string> Suggestions, bool TotalIsLowerBound = false);
