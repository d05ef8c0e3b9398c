namespace Odp.Engine.Catalog;

/// <summary>
/// One page of hits, best first, and how many datasets match in all. <see cref="Suggestions"/> holds "did you mean"
/// terms when nothing matched.
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<string> Suggestions);
