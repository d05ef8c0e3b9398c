using System.Text.Encodings.Web;
using System.Text.Json;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>Rules as compact JSON and as a short description such as <c>user alice, catalog lake, allow read-only</c>.</summary>
internal static class TrinoRuleText
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TrinoRuleMatch Catalog(TrinoCatalogRule rule, int number) =>
        new("catalogs", number, JsonSerializer.Serialize(rule, Compact),
            Describe(rule.User, rule.Role, rule.Group, [("catalog", rule.Catalog)], $"allow {rule.Allow}"));

    public static TrinoRuleMatch Table(TrinoTableRule rule, int number)
    {
        string? qualified = rule.Catalog is null && rule.Schema is null && rule.Table is null
            ? null
            : $"{rule.Catalog ?? ".*"}.{rule.Schema ?? ".*"}.{rule.Table ?? ".*"}";
        var privileges = rule.Privileges.Count == 0 ? "no privileges" : $"privileges {string.Join(", ", rule.Privileges)}";
        return new("tables", number, JsonSerializer.Serialize(rule, Compact),
            Describe(rule.User, rule.Role, rule.Group, [("", qualified)], privileges));
    }

    private static string Describe(string? user, string? role, string? group, (string Label, string? Value)[] names, string outcome)
    {
        var parts = new List<string>();
        if (user is not null) parts.Add($"user {user}");
        if (role is not null) parts.Add($"role {role}");
        if (group is not null) parts.Add($"group {group}");
        if (user is null && role is null && group is null) parts.Add("everyone");
        foreach (var (label, value) in names)
            parts.Add(value is null ? "any " + (label.Length == 0 ? "table" : label) : (label.Length == 0 ? value : $"{label} {value}"));
        parts.Add(outcome);
        return string.Join(", ", parts);
    }
}
