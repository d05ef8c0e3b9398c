using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>A <c>catalogs</c> rule. Unset match fields mean <c>.*</c>; <see cref="Allow"/> is <c>all</c>, <c>read-only</c> or <c>none</c>.</summary>
public sealed record TrinoCatalogRule
{
    public const string All = "all";
    public const string ReadOnly = "read-only";
    public const string None = "none";

    [JsonPropertyName("user")] public string? User { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("catalog")] public string? Catalog { get; init; }

    /// <summary>The legacy booleans are read as <c>true</c> ⇒ <c>all</c>, <c>false</c> ⇒ <c>none</c>.</summary>
    [JsonPropertyName("allow")]
    [JsonConverter(typeof(TrinoCatalogAllowConverter))]
    public string Allow { get; init; } = None;

    /// <summary>Fields this model does not know, kept so an admin's rules survive a round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
