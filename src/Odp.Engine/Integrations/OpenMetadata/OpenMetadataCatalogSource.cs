using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>Every non-deleted OpenMetadata table with a Trino name, as a dataset (see <see cref="OpenMetadataTableMapper"/>).</summary>
public sealed class OpenMetadataCatalogSource(
    OpenMetadataClient client,
    OpenMetadataTableMapper mapper,
    OpenMetadataNames names,
    IOptions<OpenMetadataOptions> options,
    ILogger<OpenMetadataCatalogSource> logger) : ICatalogSource, IReportsUnmappedOwners, IScheduledCatalogSource
{
    private IReadOnlyCollection<string> unmappedOwners = [];

    public string Name => "openmetadata";

    public IReadOnlyCollection<string> UnmappedOwners => unmappedOwners;

    public TimeSpan SyncInterval => DurationText.Parse(options.Value.SyncInterval);

    public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var unmapped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var table in client.ListTablesAsync(options.Value.PageSize, cancellationToken))
        {
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
    }
}
