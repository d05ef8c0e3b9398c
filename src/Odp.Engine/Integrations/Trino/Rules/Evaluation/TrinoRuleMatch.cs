namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// The rule that decided one level: its section (<c>catalogs</c>, <c>tables</c>), its 1-based position in that
/// section, the rule as JSON, and a short description. <see cref="Implicit"/> marks Trino's built-in
/// <c>system</c> catalog rule, which is not in the file.
/// </summary>
public sealed record TrinoRuleMatch(string Section, int Number, string Json, string Description, bool Implicit = false)
{
    /// <summary>e.g. <c>catalog rule #1 (user alice, catalog lake, allow read-only)</c>.</summary>
    public override string ToString() =>
        Implicit ? $"Trino's built-in rule ({Description})" : $"{SingularName} rule #{Number} ({Description})";

    private string SingularName => Section switch
    {
        "catalogs" => "catalog",
        "schemas" => "schema",
        "tables" => "table",
        _ => Section,
    };
}
