namespace Odp.Engine.Catalog;

/// <summary>Checks one <c>datasets:</c> entry and turns it into a <see cref="Dataset"/>, collecting friendly problems.</summary>
internal static class CatalogEntryValidator
{
    public static Dataset? Validate(DatasetEntry? entry, int number, List<string> problems)
    {
        if (entry is null)
        {
            problems.Add($"dataset #{number} is empty. Give it at least a name and owners.");
            return null;
        }

        var name = entry.Name?.Trim() ?? "";
        var label = name.Length == 0 ? $"dataset #{number}" : $"dataset #{number} ({name})";
        var before = problems.Count;

        if (name.Length == 0)
        {
            problems.Add($"{label} has no name. Use the Trino form catalog.schema.table, for example lake.sales.orders.");
        }
        else if (!DatasetName.TryParse(name, out _))
        {
            problems.Add($"{label} has the name '{name}', which is not of the form catalog.schema.table (for example lake.sales.orders).");
        }

        var owners = Clean(entry.Owners);
        if (owners.Count == 0)
        {
            problems.Add($"{label} has no owners. Add one like 'group:sales-owners' or 'user:bob' so access requests have an approver.");
        }

        foreach (var owner in owners.Where(o => !OwnerReference.IsValid(o)))
        {
            problems.Add($"{label} has the owner '{owner}', which should be written 'group:<id>' or 'user:<id>'.");
        }

        var columns = new List<DatasetColumn>();
        var columnEntries = entry.Columns ?? [];
        for (var c = 0; c < columnEntries.Count; c++)
        {
            var column = columnEntries[c];
            var columnName = column?.Name?.Trim() ?? "";
            if (columnName.Length == 0)
            {
                problems.Add($"{label} has a column (#{c + 1}) without a name.");
                continue;
            }

            if (columns.Any(x => string.Equals(x.Name, columnName, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{label} lists the column '{columnName}' twice.");
                continue;
            }

            columns.Add(new DatasetColumn(columnName, column?.Type?.Trim() ?? "", column?.Description?.Trim() ?? ""));
        }

        if (problems.Count > before) return null;

        // A missing domain falls back to the schema, which is usually the business area (lake.sales.orders → sales).
        var domain = entry.Domain?.Trim() is { Length: > 0 } d ? d : DatasetName.Parse(name).Schema;
        return new Dataset(name, entry.Description?.Trim() ?? "", owners, Clean(entry.Tags), domain, columns);
    }

    private static List<string> Clean(List<string?>? values) =>
        (values ?? [])
            .Select(v => v?.Trim() ?? "")
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
