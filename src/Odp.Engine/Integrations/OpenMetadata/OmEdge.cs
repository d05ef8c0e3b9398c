namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>A lineage edge between two entity ids.</summary>
public sealed record OmEdge(Guid FromEntity, Guid ToEntity, string? Description = null);
