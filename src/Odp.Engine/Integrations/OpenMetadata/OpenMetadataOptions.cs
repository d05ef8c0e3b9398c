namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Where OpenMetadata is and how to read it. OpenMetadata is on when both <see cref="Url"/> and <see cref="Token"/>
/// are set.
/// </summary>
public sealed class OpenMetadataOptions
{
    public const string Section = "Odp:OpenMetadata";

    /// <summary>The server's base URL, e.g. <c>http://openmetadata.internal:8585</c> (the API is under <c>/api/v1</c>).</summary>
    public string Url { get; set; } = "";

    /// <summary>A JWT (bot token or personal access token) sent as a bearer token. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Tables per page when listing.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>How often the catalog is synced, a duration like 1h or 30m.</summary>
    public string SyncInterval { get; set; } = "1h";

    /// <summary>Levels of upstream and downstream lineage shown by <c>/odp show</c> (0 to 3).</summary>
    public int LineageDepth { get; set; } = 1;

    /// <summary>
    /// OpenMetadata service name → Trino catalog. A service without an entry uses the table's OpenMetadata database as
    /// the Trino catalog (which is what a Trino service ingested into OpenMetadata produces).
    /// </summary>
    public Dictionary<string, string> Catalogs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url) && !string.IsNullOrWhiteSpace(Token);

    /// <summary>True when <paramref name="configuration"/>'s Url and Token are both set.</summary>
    public static bool IsEnabled(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Url"]) && !string.IsNullOrWhiteSpace(configuration[$"{Section}:Token"]);
}
