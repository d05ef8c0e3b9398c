using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino;

/// <summary>
/// One line of the sidecar <c>&lt;rules&gt;.index.json</c>: which tickets a managed table rule comes from.
/// Trino rejects unknown fields in the rules file itself, so traceability lives next to it. A group grant has
/// <see cref="Group"/> set and no <see cref="User"/>.
/// </summary>
public sealed record TrinoRulesIndexEntry(
    [property: JsonPropertyName("user"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? User,
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("tickets")] IReadOnlyList<string> Tickets,
    [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group = null);
