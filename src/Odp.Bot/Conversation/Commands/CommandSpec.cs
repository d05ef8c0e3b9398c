namespace Odp.Bot.Conversation.Commands;

/// <summary>
/// One <c>/odp</c> command: its name, how many positional arguments it takes, which options it accepts,
/// and the usage and help text shown to people.
/// </summary>
public sealed record CommandSpec(
    string Name,
    string Usage,
    string Description,
    int MinArguments,
    int MaxArguments,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> RequiredOptions)
{
    /// <summary>Positional arguments are joined into one free-text argument (search).</summary>
    public bool FreeText { get; init; }

    /// <summary>
    /// Reads and answers at once (no ticket changes, no notifications), so platforms with a short ack window can
    /// answer it inside the ack itself.
    /// </summary>
    public bool Quick { get; init; }

    /// <summary>
    /// The answer depends on who asks, so a platform must map the sender to a directory user first. Commands that
    /// don't (search, show, help) are answered without asking the platform who the sender is.
    /// </summary>
    public bool NeedsIdentity { get; init; } = true;
}
