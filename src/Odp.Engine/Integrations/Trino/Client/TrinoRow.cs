using System.Text.Json;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// One result row: its values in <see cref="Columns"/> order, as Trino's JSON (numbers, strings for varchar, decimal
/// and temporal types, booleans, arrays and objects for nested types, null).
/// </summary>
public sealed record TrinoRow(IReadOnlyList<TrinoColumn> Columns, IReadOnlyList<JsonElement> Values)
{
    /// <summary>The value as display text: strings unquoted, null as <c>NULL</c>, anything else as its JSON.</summary>
    public string Text(int index) => Values[index] switch
    {
        { ValueKind: JsonValueKind.Null } => "NULL",
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        var other => other.GetRawText(),
    };
}
