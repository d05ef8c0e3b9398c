namespace Odp.Bot.Tests.Platforms.Slack.SocketMode;

/// <summary>
/// Socket Mode tests watch a live WebSocket through host start and shutdown; they run on their own, not beside the
/// rest of the suite's hosts, so shutdown timing reflects the client and not the machine's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SocketModeCollection
{
    public const string Name = "socket-mode";
}
