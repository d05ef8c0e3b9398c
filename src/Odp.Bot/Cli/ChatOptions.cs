namespace Odp.Bot.Cli;

public sealed class ChatOptions
{
    public const string Section = "Odp:Chat";

    /// <summary>How long the chat waits at end of input for provisioning in flight. A duration like 30s or 2m.</summary>
    public string DrainTimeout { get; set; } = "60s";

    /// <summary>
    /// How long the chat waits at start for the catalog's first sync (with OpenMetadata or Trino discovery) before it
    /// reads commands anyway. A duration like 2m.
    /// </summary>
    public string CatalogTimeout { get; set; } = "2m";
}
