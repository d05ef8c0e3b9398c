namespace Odp.Engine.Errors;

/// <summary>Look at ticket <paramref name="TicketId"/> to see where it stands.</summary>
public sealed record TicketStatusHint(string TicketId) : ErrorHint;
