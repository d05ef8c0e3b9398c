namespace Odp.Engine.Errors;

/// <summary>Resume the failed provisioning of ticket <paramref name="TicketId"/>.</summary>
public sealed record RetryTicketHint(string TicketId) : ErrorHint;
