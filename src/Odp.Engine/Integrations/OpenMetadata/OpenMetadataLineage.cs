using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Lineage from OpenMetadata, <c>Odp:OpenMetadata:LineageDepth</c> levels each way. The table's FQN comes from the
/// last sync, or from OpenMetadata's search when the dataset was not synced from it. Failures are logged and give no
/// lineage, so <c>/odp show</c> still works while OpenMetadata is down.
/// </summary>
public sealed class OpenMetadataLineage(
    OpenMetadataClient client,
    OpenMetadataTableMapper mapper,
    OpenMetadataNames names,
    IOptions<OpenMetadataOptions> options,
    ILogger<OpenMetadataLineage> logger) : IDatasetLineage
{
    public async Task<DatasetLineage?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var fqn = names.Find(name) ?? await SearchAsync(name, cancellationToken);
            if (fqn is null) return null;
            var lineage = await client.GetLineageAsync(fqn, Math.Clamp(options.Value.LineageDepth, 0, 3), cancellationToken);
            return lineage is null ? null : Map(lineage);
        }
        catch (OpenMetadataException e)
        {
            logger.LogWarning("No lineage for {Dataset}: {Reason}", name, e.Message);
            return null;
        }
    }

    /// <summary>Upstream: the sources of upstream edges; downstream: the targets of downstream edges. Nodes joined by id.</summary>
    public DatasetLineage Map(OmLineage lineage)
    {
        var nodes = (lineage.Nodes ?? []).GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First());
        IReadOnlyList<string> Names(IEnumerable<Guid> ids) => [.. ids
            .Where(id => id != lineage.Entity.Id)
            .Distinct()
            .Select(id => nodes.TryGetValue(id, out var node) ? Describe(node) : null)
            .OfType<string>()
            .Order(StringComparer.OrdinalIgnoreCase)];
        return new DatasetLineage(
            Names((lineage.UpstreamEdges ?? []).Select(e => e.FromEntity)),
            Names((lineage.DownstreamEdges ?? []).Select(e => e.ToEntity)));
    }

    private string Describe(OmEntityReference node)
    {
        var fqn = node.FullyQualifiedName ?? node.Name ?? node.Id.ToString();
        if (node.Type == "table" && mapper.TrinoName(fqn) is { } trino) return trino;
        return $"{node.Type} {node.DisplayName ?? node.Name ?? fqn}";
    }

    private async Task<string?> SearchAsync(string name, CancellationToken cancellationToken)
    {
        if (!DatasetName.TryParse(name, out var parsed)) return null;
        var hits = await client.SearchTablesAsync($"name:{parsed.Table}", 10, cancellationToken);
        return hits.FirstOrDefault(h => string.Equals(mapper.TrinoName(h.FullyQualifiedName), name, StringComparison.OrdinalIgnoreCase))
            ?.FullyQualifiedName;
    }
}
