namespace Odp.Engine.Catalog;

/// <summary>
/// Free-text terms plus filters. Filters are ANDed; several values of one filter are ORed.
/// <c>Owner</c> values are written as in the catalog (<c>group:sales-owners</c>, <c>user:bob</c>) or as a bare id.
/// </summary>
public sealed record SearchQuery(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Catalogs,
    int Offset = 0,
    int Limit = 10)
{
    public bool IsEmpty => Terms.Count == 0 && Owners.Count == 0 && Tags.Count == 0 && Domains.Count == 0 && Catalogs.Count == 0;
}
