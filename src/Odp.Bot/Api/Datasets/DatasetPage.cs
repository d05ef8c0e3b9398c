namespace Odp.Bot.Api.Datasets;

/// <summary>
/// One page of search hits, best first, and how many datasets match in all; <see cref="Suggestions"/> are "did you
/// mean" words when nothing matched.
/// </summary>
public sealed record DatasetPage(
    string Query,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<DatasetSummary> Items,
    IReadOnlyList<string> Suggestions);
