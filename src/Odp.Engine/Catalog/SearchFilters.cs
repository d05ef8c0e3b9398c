namespace Odp.Engine.Catalog;

/// <summary>The filter half of a <see cref="SearchQuery"/>: filters are ANDed, values within one filter ORed.</summary>
internal static class SearchFilters
{
    public static bool Match(IndexedDataset entry, SearchQuery query)
    {
        var dataset = entry.Dataset;
        return AnyOrNone(query.Owners, owner => dataset.Owners.Any(o => OwnerMatches(o, owner)))
            && AnyOrNone(query.Tags, tag => dataset.Tags.Any(t => TagNames.Forms(t).Any(form => Same(form, tag))))
            && AnyOrNone(query.Domains, domain => Same(dataset.Domain, domain))
            && AnyOrNone(query.Catalogs, catalog => Same(entry.QualifiedName.Catalog, catalog));
    }

    /// <summary>
    /// <c>group:x</c> and <c>user:x</c> must match exactly; a bare <c>x</c> (or <c>@x</c>) matches either kind.
    /// </summary>
    public static bool OwnerMatches(string datasetOwner, string wanted)
    {
        var value = wanted.Trim().TrimStart('@');
        if (OwnerReference.IsValid(value)) return Same(datasetOwner, value);
        return OwnerReference.TryParse(datasetOwner, out var owner) && Same(owner.Id, value);
    }

    private static bool AnyOrNone(IReadOnlyList<string> wanted, Func<string, bool> matches) =>
        wanted.Count == 0 || wanted.Any(w => !string.IsNullOrWhiteSpace(w) && matches(w.Trim()));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
