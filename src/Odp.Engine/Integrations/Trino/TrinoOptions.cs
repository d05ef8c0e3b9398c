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

    /// <summary>Where the bot sends queries (preview, verification). Empty means <see cref="Url"/>.</summary>
    public string CoordinatorUrl { get; set; } = "";

    /// <summary>The account the bot authenticates as; with <see cref="Password"/>, HTTP Basic auth.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>A bearer token (JWT/OAuth2), instead of <see cref="User"/>/<see cref="Password"/>.</summary>
    public string Token { get; set; } = "";

    /// <summary>True when the bot may run queries for people (<c>/odp preview</c>).</summary>
    public bool Queries { get; set; }

    /// <summary>True adds the <c>trino-verify</c> provisioning step: a grant counts only once Trino lets the user read.</summary>
    public bool Verify { get; set; }

    /// <summary>Trino's <c>security.refresh-period</c>: how long a written rules file may take to apply.</summary>
    public string RefreshPeriod { get; set; } = "5s";

    /// <summary>
    /// True adds Trino as a catalog source: every table in <see cref="Catalogs"/> (or in every catalog Trino lists,
    /// <c>system</c> aside) becomes a dataset, synced at start, every <see cref="DiscoverInterval"/> and by
    /// <c>odp catalog sync</c>. Runs as <see cref="User"/>.
    /// </summary>
    public bool Discover { get; set; }

    /// <summary>How often discovery runs again, a duration like 1h.</summary>
    public string DiscoverInterval { get; set; } = "1h";

    /// <summary>Comma-separated catalogs to discover and, in SQL mode, to check for grants; empty means all but <c>system</c>.</summary>
    public string Catalogs { get; set; } = "";

    /// <summary>
    /// How grants reach Trino: <see cref="FileEnforcement"/> (the rules file, the default) or <see cref="SqlEnforcement"/>
    /// (<c>GRANT</c>/<c>REVOKE</c> statements run as <see cref="User"/>, for connectors with SQL-standard security).
    /// </summary>
    public string Enforcement { get; set; } = FileEnforcement;

    public const string FileEnforcement = "file";
    public const string SqlEnforcement = "sql";

    public bool UsesSqlEnforcement => string.Equals(Enforcement.Trim(), SqlEnforcement, StringComparison.OrdinalIgnoreCase);

    /// <summary>The configured <see cref="Catalogs"/>, trimmed; empty when none are configured.</summary>
    public IReadOnlyList<string> CatalogList() =>
        [.. Catalogs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The coordinator's base URL: <see cref="CoordinatorUrl"/>, else <see cref="Url"/>.</summary>
    public Uri Coordinator() => new(string.IsNullOrWhiteSpace(CoordinatorUrl) ? Url : CoordinatorUrl);
}
