namespace Odp.Engine.Integrations.Trino;

/// <summary>Where users reach Trino, and where the file-based access-control rules are written.</summary>
public sealed class TrinoOptions
{
    public const string Section = "Odp:Trino";

    /// <summary>Base URL users connect to, e.g. <c>http://trino.internal:8080</c>.</summary>
    public string Url { get; set; } = "http://localhost:8080";

    /// <summary>An admin's rules file whose rules are placed before the managed ones. Optional.</summary>
    public string BaseRulesFile { get; set; } = "";

    /// <summary>The rules file Trino reads. Empty means <c>&lt;data&gt;/trino/rules.json</c>.</summary>
    public string RulesFile { get; set; } = "";
}
