using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Turns an OpenMetadata table into a <see cref="Dataset"/>. The Trino name comes from the FQN
/// <c>service.database.schema.table</c>: the catalog is <c>Odp:OpenMetadata:Catalogs:&lt;service&gt;</c> when set,
/// otherwise the OpenMetadata database (a Trino service ingested into OpenMetadata has one database per Trino catalog).
/// Names are lower-cased, as Trino's are. Tags are their tagFQN with the classification (<c>PII.Sensitive</c>, see
/// <see cref="TagNames"/>); column types are lower-cased.
/// </summary>
public sealed class OpenMetadataTableMapper(IOptions<OpenMetadataOptions> options, OpenMetadataOwnerMapper owners)
{
    /// <summary>The Trino name for a table FQN, or null when the FQN does not have four parts.</summary>
    public string? TrinoName(string fullyQualifiedName)
    {
        var parts = FullyQualifiedName.Split(fullyQualifiedName);
        if (parts.Count != 4 || parts.Any(p => p.Length == 0)) return null;
        var catalog = options.Value.Catalogs.TryGetValue(parts[0], out var mapped) && mapped.Length > 0 ? mapped : parts[1];
        var name = $"{catalog}.{parts[2]}.{parts[3]}".ToLowerInvariant();
        return DatasetName.TryParse(name, out _) ? name : null;
    }

    /// <summary>The dataset, and the owners that matched nobody; null when the FQN has no Trino name.</summary>
    public async Task<(Dataset Dataset, IReadOnlyList<string> Unmapped)?> MapAsync(OmTable table, CancellationToken cancellationToken)
    {
        if (TrinoName(table.FullyQualifiedName) is not { } name) return null;
        var (mappedOwners, unmapped) = await owners.MapAsync(table.Owners, cancellationToken);
        var domain = table.Domain ?? table.Domains?.FirstOrDefault();
        var dataset = new Dataset(
            name,
            table.Description?.Trim() ?? "",
            mappedOwners,
            [.. (table.Tags ?? []).Select(t => t.TagFQN.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            domain?.DisplayName ?? domain?.Name ?? "",
            [.. (table.Columns ?? []).Select(c => new DatasetColumn(
                c.Name,
                (c.DataType ?? c.DataTypeDisplay ?? "").ToLowerInvariant(),
                c.Description?.Trim() ?? ""))]);
        return (dataset, unmapped);
    }
}
