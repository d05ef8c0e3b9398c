using Odp.Engine.Settings;

namespace Odp.Bot.Cli;

[Setting("The local chat (`odp chat`).")]
public sealed class ChatOptions
{
    public const string Section = "Odp:Chat";

    [Setting("How long the chat waits at end of input for provisioning in flight.")]
    [Duration]
    public string DrainTimeout { get; set; } = "60s";

    [Setting("How long the chat waits at start for the catalog's first sync with OpenMetadata or Trino discovery (a progress "
        + "line on a terminal) before it reads commands anyway. With only the catalog file it starts at once, and so it "
        + "does after a restart when the last complete sync read the same sources.")]
    [Duration]
    public string CatalogTimeout { get; set; } = "2m";
}
