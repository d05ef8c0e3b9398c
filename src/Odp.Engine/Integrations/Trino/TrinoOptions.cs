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

    /// <summary>The coordinator's base URL: <see cref="CoordinatorUrl"/>, else <see cref="Url"/>.</summary>
    public Uri Coordinator() => new(string.IsNullOrWhiteSpace(CoordinatorUrl) ? Url : CoordinatorUrl);
}
