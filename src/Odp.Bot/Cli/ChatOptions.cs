namespace Odp.Bot.Cli;

public sealed class ChatOptions
{
    public const string Section = "Odp:Chat";

    /// <summary>How long the chat waits at end of input for provisioning in flight. A duration like 30s or 2m.</summary>
    public string DrainTimeout { get; set; } = "60s";
}
