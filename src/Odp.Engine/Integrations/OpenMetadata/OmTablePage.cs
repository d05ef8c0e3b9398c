using System.Text.Json;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>One page of <c>GET /api/v1/tables</c>; each table is read on its own (<see cref="OmTableEntry"/>).</summary>
public sealed record OmTablePage(IReadOnlyList<JsonElement> Data, OmPaging? Paging = null);
