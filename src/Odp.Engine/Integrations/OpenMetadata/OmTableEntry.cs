using System.Text.Json;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// One entry of a <c>GET /api/v1/tables</c> page: the <see cref="Table"/>, or, when OpenMetadata sent something the
/// catalog can't use, null and the <see cref="Problem"/>. <see cref="Entity"/> names it either way (FQN and id when
/// the entry has them), at most <see cref="MaxText"/> characters.
/// </summary>
public sealed record OmTableEntry(string Entity, OmTable? Table, string? Problem)
{
    public const int MaxText = 300;

    /// <summary>Reads the <paramref name="position"/>th entry (from 1) of the listing.</summary>
    public static OmTableEntry Read(JsonElement element, int position, JsonSerializerOptions json)
    {
        var entity = Describe(element, position);
        OmTable? table;
        try
        {
            table = element.ValueKind == JsonValueKind.Object ? element.Deserialize<OmTable>(json) : null;
        }
        catch (JsonException e)
        {
            return new OmTableEntry(entity, null, Shorten(e.Message));
        }
        if (table is null) return new OmTableEntry(entity, null, $"it is {element.ValueKind.ToString().ToLowerInvariant()}, not an object");
        return table.Problem() is { } problem ? new OmTableEntry(entity, null, problem) : new OmTableEntry(entity, table, null);
    }

    private static string Describe(JsonElement element, int position)
    {
        string? Text(string property) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        var name = Text("fullyQualifiedName") ?? Text("name");
        var id = Text("id");
        return Shorten((name, id) switch
        {
            (null, null) => $"table #{position}",
            (null, _) => $"table with id {id}",
            (_, null) => $"table {name}",
            _ => $"table {name} (id {id})",
        });
    }

    private static string Shorten(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
}
