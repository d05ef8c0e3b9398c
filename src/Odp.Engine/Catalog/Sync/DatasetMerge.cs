namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Stacks two descriptions of the same dataset: each field of <c>later</c> that has a value wins, field by field.
/// Columns: when the later source lists columns its list wins, with an empty type or description filled from the
/// earlier source's column of the same name. The earlier source's spelling of the name is kept.
/// </summary>
public static class DatasetMerge
{
    public static Dataset Merge(Dataset earlier, Dataset later) => earlier with
    {
        Description = Pick(later.Description, earlier.Description),
        Owners = later.Owners.Count > 0 ? later.Owners : earlier.Owners,
        Tags = later.Tags.Count > 0 ? later.Tags : earlier.Tags,
        Domain = Pick(later.Domain, earlier.Domain),
        Columns = later.Columns.Count > 0 ? MergeColumns(earlier.Columns, later.Columns) : earlier.Columns,
    };

    private static IReadOnlyList<DatasetColumn> MergeColumns(IReadOnlyList<DatasetColumn> earlier, IReadOnlyList<DatasetColumn> later)
    {
        var before = earlier
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return [.. later.Select(c => before.TryGetValue(c.Name, out var old)
            ? c with { Type = Pick(c.Type, old.Type), Description = Pick(c.Description, old.Description) }
            : c)];
    }

    private static string Pick(string? preferred, string fallback) => string.IsNullOrWhiteSpace(preferred) ? fallback : preferred;
}
