using Odp.Engine.Errors;

namespace Odp.Bot.Conversation.Commands;

/// <summary>Input that isn't a valid command. The message says what was wrong; the usage says what is right.</summary>
public sealed class CommandParseException(string message, string? usage) : UserFacingException(message, usage);
