namespace Odp.Bot.Conversation;

/// <summary>
/// Something a user typed, or a button they pressed (every button carries the exact command it runs, so a press
/// is the same as typing it; <see cref="Card"/> then names the card whose button was pressed).
/// <see cref="UserId"/> is the directory user the platform mapped the sender to; null for a command that needs no
/// identity (<see cref="Commands.CommandSpec.NeedsIdentity"/>), which platforms answer without looking the sender up.
/// </summary>
public sealed record IncomingMessage(string? UserId, ConversationRef Conversation, string Text, MessageRef? Card = null);
