using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>A <c>schemas</c> rule. Unset match fields mean <c>.*</c>.</summary>
public sealed record TrinoSchemaRule
{
    [JsonPropertyName("user")] public string? User { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("catalog")] public string? Catalog { get; init; }
    [JsonPropertyName("schema")] public string? Schema { get; init; }
    [JsonPropertyName("owner")] public bool Owner { get; init; }

    /// <summary>Fields this model does not know, kept so an admin's rules survive a round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
