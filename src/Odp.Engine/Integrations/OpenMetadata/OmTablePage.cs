namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>One page of <c>GET /api/v1/tables</c>.</summary>
public sealed record OmTablePage(IReadOnlyList<OmTable> Data, OmPaging? Paging = null);
