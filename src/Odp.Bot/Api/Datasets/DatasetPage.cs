namespace Odp.Bot.Api.Datasets;

/// <summary>
/// One page of search hits, best first; <see cref="Suggestions"/> are "did you mean" words when nothing matched.
/// <see cref="TotalIsLowerBound"/>: at least <see cref="Total"/> datasets match (counting stops at 10,000).
/// </summary>
public sealed record DatasetPage(
    string Query,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<DatasetSummary> Items,
    IReadOnlyList<string> Suggestions,
    bool TotalIsLowerBound = false);
