using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// A Trino file-based access-control document (<c>access-control.name=file</c>). A missing section is
/// <c>null</c> (Trino then allows that level); an empty section denies it. Sections this model does
/// not type (<c>queries</c>, <c>functions</c>, <c>impersonation</c>, ...) are kept in <see cref="OtherSections"/>.
/// </summary>
public sealed record TrinoRulesDocument
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A config file, not HTML: keep '+', '<', '\'' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonPropertyName("catalogs")] public IReadOnlyList<TrinoCatalogRule>? Catalogs { get; init; }
    [JsonPropertyName("schemas")] public IReadOnlyList<TrinoSchemaRule>? Schemas { get; init; }
    [JsonPropertyName("tables")] public IReadOnlyList<TrinoTableRule>? Tables { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? OtherSections { get; init; }

    /// <summary>Parses a rules document; throws <see cref="JsonException"/> when it is not one.</summary>
    public static TrinoRulesDocument Parse(string json) =>
        JsonSerializer.Deserialize<TrinoRulesDocument>(json, JsonOptions)
        ?? throw new JsonException("The rules document is 'null', expected a JSON object.");

    /// <summary>Pretty-printed JSON (two spaces, '\n' line ends) with a trailing newline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    internal static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JsonOptions) + "\n";
}
