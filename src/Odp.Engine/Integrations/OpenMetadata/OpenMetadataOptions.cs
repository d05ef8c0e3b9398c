using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Where OpenMetadata is and how to read it. OpenMetadata is on when both <see cref="Url"/> and <see cref="Token"/>
/// are set.
/// </summary>
[Setting("Datasets, owners, tags and lineage synced from OpenMetadata (`docs/openmetadata.md`); on when `Url` and `Token` are set.")]
public sealed class OpenMetadataOptions
{
    public const string Section = "Odp:OpenMetadata";

    [Setting("The server, e.g. `http://openmetadata.internal:8585` (the API is under `/api/v1`).")]
    public string Url { get; set; } = "";

    [Setting("A JWT (bot token or personal access token) sent as `Authorization: Bearer …`. A 401 fails the sync with a "
        + "message naming this setting.", Secret = true)]
    public string Token { get; set; } = "";

    [Setting("Tables per `GET /api/v1/tables` page (the `paging.after` cursor is followed to the end).")]
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    [Setting("How often the background sync runs (it also runs at start, and with `odp catalog sync`).")]
    [Duration]
    public string SyncInterval { get; set; } = "1h";

    [Setting("Levels of upstream and downstream lineage shown by `/odp show`.")]
    [Range(0, 3)]
    public int LineageDepth { get; set; } = 1;

    [Setting("The Trino catalog for an OpenMetadata service's tables. A service without an entry uses the table's "
        + "OpenMetadata database as the Trino catalog (which is what a Trino service ingested into OpenMetadata produces).",
        Key = "service")]
    public Dictionary<string, string> Catalogs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url) && !string.IsNullOrWhiteSpace(Token);

    /// <summary>True when <paramref name="configuration"/>'s Url and Token are both set.</summary>
    public static bool IsEnabled(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Url"]) && !string.IsNullOrWhiteSpace(configuration[$"{Section}:Token"]);
}
