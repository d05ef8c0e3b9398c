using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Every non-deleted OpenMetadata table with a Trino name, as a dataset (see <see cref="OpenMetadataTableMapper"/>).
/// A malformed table is skipped, logged with what names it and what was wrong, and counted (<see cref="IReportsLeftOut"/>);
/// only when every table OpenMetadata lists is malformed does the read fail, so the index keeps what it had rather
/// than lose every OpenMetadata dataset.
/// </summary>
public sealed class OpenMetadataCatalogSource(
    OpenMetadataClient client,
    OpenMetadataTableMapper mapper,
    OpenMetadataNames names,
    IOptions<OpenMetadataOptions> options,
    ILogger<OpenMetadataCatalogSource> logger) : ICatalogSource, IReportsLeftOut, IScheduledCatalogSource
{
    private IReadOnlyCollection<string> unmappedOwners = [];
    private List<string> skipped = [];
    private int skippedCount;

    public string Name => "openmetadata";

    public IReadOnlyCollection<string> UnmappedOwners => unmappedOwners;

    public int SkippedCount => skippedCount;

    public IReadOnlyList<string> Skipped => skipped;

    public TimeSpan SyncInterval => DurationText.Parse(options.Value.SyncInterval);

    public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var unmapped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        (skipped, skippedCount) = ([], 0);
        var readable = 0;
        await foreach (var entry in client.ListTablesAsync(options.Value.PageSize, cancellationToken))
        {
            if (entry.Table is not { } table)
            {
                Skip(entry);
                continue;
            }
            readable++;
            if (table.Deleted) continue;
            if (await mapper.MapAsync(table, cancellationToken) is not { } mapped)
            {
                logger.LogDebug("OpenMetadata table {Fqn} has no service.database.schema.table name; skipped.", table.FullyQualifiedName);
                continue;
            }
            unmapped.UnionWith(mapped.Unmapped);
            names.Remember(mapped.Dataset.Name, table.FullyQualifiedName);
            yield return mapped.Dataset;
        }
        unmappedOwners = [.. unmapped];
        if (readable == 0 && skippedCount > 0)
        {
            throw new CatalogSourceException(
                $"OpenMetadata listed {skippedCount} table(s) and every one is malformed, so the catalog keeps what it had. The first: {skipped[0]}.");
        }
    }

    private void Skip(OmTableEntry entry)
    {
        logger.LogWarning("OpenMetadata {Entity} is malformed, so the catalog sync skipped it: {Problem}", entry.Entity, entry.Problem);
        skippedCount++;
        if (skipped.Count < IReportsLeftOut.MaxListed) skipped.Add($"{entry.Entity}: {entry.Problem}");
    }
}
