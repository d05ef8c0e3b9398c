namespace Odp.Bot.Conversation.Commands;

/// <summary>
/// What a platform needs to know about a command before it runs it, read from the command table: whether it is
/// answered within the ack (<see cref="Quick"/>), whether the sender must be looked up first
/// (<see cref="NeedsIdentity"/>), and whether it runs after the ack (<see cref="AfterAck"/>: everything that changes
/// something, plus the slow reads), so a replayed delivery of it must not run again. Text that doesn't parse is
/// answered at once with its usage message, needing nobody's identity.
/// </summary>
public sealed record CommandTraits(bool Quick, bool NeedsIdentity)
{
    private static readonly CommandTraits BadInput = new(Quick: true, NeedsIdentity: false);

    public bool AfterAck => !Quick;

    public static CommandTraits Of(string text)
    {
        try
        {
            var spec = CommandParser.Parse(text).Spec;
            return new CommandTraits(spec.Quick, spec.NeedsIdentity);
        }
        catch (CommandParseException)
        {
            return BadInput;
        }
    }
}
