using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// A <c>tables</c> rule. Unset match fields mean <c>.*</c>. <see cref="Privileges"/> holds
/// <c>SELECT</c>, <c>INSERT</c>, <c>DELETE</c>, <c>UPDATE</c>, <c>OWNERSHIP</c>, <c>GRANT_SELECT</c>;
/// an empty list denies. Column masks and row filters stay in <see cref="Extra"/>.
/// </summary>
public sealed record TrinoTableRule
{
    public const string Select = "SELECT";
    public const string Insert = "INSERT";
    public const string Update = "UPDATE";
    public const string Delete = "DELETE";

    [JsonPropertyName("user")] public string? User { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("catalog")] public string? Catalog { get; init; }
    [JsonPropertyName("schema")] public string? Schema { get; init; }
    [JsonPropertyName("table")] public string? Table { get; init; }
    [JsonPropertyName("privileges")] public IReadOnlyList<string> Privileges { get; init; } = [];

    /// <summary>Fields this model does not know (<c>columns</c>, <c>filter</c>, ...), kept verbatim.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
