namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// <c>GET /api/v1/lineage/table/name/{fqn}</c>: the entity, the other nodes and the edges; edge ends are node ids.
/// </summary>
public sealed record OmLineage(
    OmEntityReference Entity,
    IReadOnlyList<OmEntityReference>? Nodes = null,
    IReadOnlyList<OmEdge>? UpstreamEdges = null,
    IReadOnlyList<OmEdge>? DownstreamEdges = null);
