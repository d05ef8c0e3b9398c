using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.Trino;

/// <summary>Where users reach Trino, and where the file-based access-control rules are written.</summary>
[Setting("Trino, the enforcement point: where users reach it, how the bot queries it, and how grants reach it.")]
public sealed class TrinoOptions
{
    public const string Section = "Odp:Trino";

    [Setting("Where users reach Trino, e.g. `http://trino.internal:8080`: in the JDBC URL and CLI line they are given, and "
        + "the workspaces' network policy.")]
    public string Url { get; set; } = "http://localhost:8080";

    [Setting("An admin's rules file whose rules are placed before the managed ones (e.g. a rule letting `User` read for "
        + "discovery: `{\"user\": \"odp\", \"privileges\": [\"SELECT\"]}` plus a catalog rule).")]
    public string BaseRulesFile { get; set; } = "";

    [Setting("The rules file OpenDataPlane writes (atomically) and Trino's `access-control.name=file` reads "
        + "(`security.config-file`).", Default = "`<data>/trino/rules.json`")]
    public string RulesFile { get; set; } = "";

    [Setting("Where the bot sends queries: preview, verification, discovery, SQL grants.", Default = "`Url`")]
    public string CoordinatorUrl { get; set; } = "";

    [Setting("The account the bot queries as (with `Password`, HTTP Basic auth). Required for discovery and SQL mode; in "
        + "SQL mode every grant made by `User` is OpenDataPlane's, so give it a dedicated account.")]
    public string User { get; set; } = "";

    [Setting("`User`'s password.", Secret = true, Bounds = "needs `User`; not with `Token`")]
    public string Password { get; set; } = "";

    [Setting("A bearer token (JWT/OAuth2) the bot sends instead of `User`/`Password`.", Secret = true, Bounds = "not with `Password`")]
    public string Token { get; set; } = "";

    [Setting("Turns on `/odp preview`: the first rows of a table, queried as the user, so Trino decides.")]
    public bool Queries { get; set; }

    [Setting("Adds the `trino-verify` provisioning step: a grant counts (the ticket turns Active) only once Trino lets the "
        + "user read, as the user.")]
    public bool Verify { get; set; }

    [Setting("Trino's `security.refresh-period`: how long a written rules file may take to apply.")]
    [Duration]
    public string RefreshPeriod { get; set; } = "5s";

    [Setting("Lists every Trino table (in `Catalogs`) as a dataset, from `information_schema` as `User`: at start, every "
        + "`DiscoverInterval` and with `odp catalog sync`. The catalog file and OpenMetadata supply owners, tags and "
        + "descriptions. Trino lists only tables `User` may see: with the rules file, grant it in `BaseRulesFile`.")]
    public bool Discover { get; set; }

    [Setting("How often discovery runs again.")]
    [Duration]
    public string DiscoverInterval { get; set; } = "1h";

    [Setting("Comma-separated catalogs to discover and, in SQL mode, to read grants from.", Default = "all but `system`")]
    public string Catalogs { get; set; } = "";

    [Setting("How grants reach Trino: `file` writes the rules file; `sql` runs `GRANT`/`REVOKE` as `User` instead "
        + "(connectors with SQL-standard security, e.g. Hive `hive.security=sql-standard`; team grants go `TO ROLE <team>`, "
        + "a role the admin creates per team).", Choices = [FileEnforcement, SqlEnforcement])]
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
