using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Discovery;

/// <summary>
/// Every table Trino has, as a dataset (on with <c>Odp:Trino:Discover=true</c>). For each catalog from
/// <see cref="TrinoCatalogs"/> it reads <c>information_schema.tables</c>, then streams <c>information_schema.columns</c>
/// (name, type, comment) in table order, so no catalog is held in memory. <c>information_schema</c> itself is skipped,
/// and so are names that are not a plain <c>catalog.schema.table</c> (a dot or a space in a part). Trino knows no
/// owners, tags or descriptions: the catalog file and OpenMetadata, stacked around this source, supply them; a table
/// neither names is listed without an owner. A failure names the catalog and aborts the sync.
/// </summary>
public sealed partial class TrinoCatalogSource(
    TrinoClient trino, TrinoCatalogs catalogs, IOptions<TrinoOptions> options, ILogger<TrinoCatalogSource> logger)
    : ICatalogSource, IScheduledCatalogSource
{
    public const string InformationSchema = "information_schema";

    private const string ColumnsSql =
        "SELECT table_schema, table_name, column_name, data_type, \"comment\" FROM {0}.information_schema.columns "
        + "ORDER BY table_schema, table_name, ordinal_position";

    public string Name => "trino";

    public TimeSpan SyncInterval => DurationText.Parse(options.Value.DiscoverInterval);

    public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var catalog in catalogs.ListAsync(cancellationToken).ConfigureAwait(false)) names.Add(catalog);
        }
        catch (Exception e) when (e is TrinoQueryException or HttpRequestException)
        {
            throw new CatalogSourceException($"Trino could not list its catalogs: {e.Message}", e);
        }

        foreach (var catalog in names)
        {
            await using var datasets = ReadCatalogAsync(catalog, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                try
                {
                    if (!await datasets.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (Exception e) when (e is TrinoQueryException or HttpRequestException)
                {
                    throw new CatalogSourceException($"Trino could not describe the tables of catalog '{catalog}': {e.Message}", e);
                }
                yield return datasets.Current;
            }
        }
    }

    private async IAsyncEnumerable<Dataset> ReadCatalogAsync(string catalog, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var quoted = TrinoSql.QuoteIdentifier(catalog);
        var tables = new SortedSet<(string Schema, string Table)>();
        var tablesSql = $"SELECT table_schema, table_name FROM {quoted}.information_schema.tables";
        await foreach (var row in trino.StreamAsync(tablesSql, catalogs.Session(), int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            var (schema, table) = (Text(row, 0), Text(row, 1));
            if (!string.Equals(schema, InformationSchema, StringComparison.OrdinalIgnoreCase)) tables.Add((schema, table));
        }

        (string Schema, string Table)? current = null;
        var columns = new List<DatasetColumn>();
        var skipped = 0;
        await foreach (var row in trino.StreamAsync(string.Format(null, ColumnsSql, quoted), catalogs.Session(), int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            var key = (Text(row, 0), Text(row, 1));
            if (string.Equals(key.Item1, InformationSchema, StringComparison.OrdinalIgnoreCase)) continue;
            if (current != key)
            {
                if (current is { } done)
                {
                    if (!tables.Remove(done)) skipped++;
                    else if (Build(catalog, done, columns) is { } dataset) yield return dataset;
                }
                (current, columns) = (key, []);
            }
            columns.Add(new DatasetColumn(Text(row, 2), Text(row, 3), Text(row, 4)));
        }
        if (current is { } last)
        {
            if (!tables.Remove(last)) skipped++;
            else if (Build(catalog, last, columns) is { } dataset) yield return dataset;
        }

        // Tables without columns (or whose columns Trino could not list) are still datasets.
        foreach (var table in tables)
        {
            if (Build(catalog, table, []) is { } bare) yield return bare;
        }
        if (skipped > 0) LogSkipped(logger, skipped, catalog);
    }

    private Dataset? Build(string catalog, (string Schema, string Table) table, List<DatasetColumn> columns)
    {
        var name = $"{catalog}.{table.Schema}.{table.Table}";
        if (DatasetName.TryParse(name, out _)) return new Dataset(name, "", [], [], "", columns);
        LogUnnamable(logger, name);
        return null;
    }

    private static string Text(TrinoRow row, int index) =>
        row.Values[index].ValueKind == JsonValueKind.String ? row.Values[index].GetString()!.Trim() : "";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trino table {Name} can't be named catalog.schema.table (a dot or a space in a part); it is not listed")]
    private static partial void LogUnnamable(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} tables of catalog {Catalog} had columns but no row in information_schema.tables; skipped")]
    private static partial void LogSkipped(ILogger logger, int count, string catalog);
}
