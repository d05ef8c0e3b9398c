using Odp.Engine.Errors;

namespace Odp.Engine.Tickets;

/// <summary>A trigger the ticket's state does not allow. Never swallowed: the caller hears why.</summary>
public sealed class TicketTransitionException(string ticketId, TicketState state, TicketTrigger trigger)
    : UserFacingException($"{ticketId} is {state.ToString().ToLowerInvariant()}, so it can't be {Describe(trigger)}.")
{
    public string TicketId { get; } = ticketId;
    public TicketState State { get; } = state;
    public TicketTrigger Trigger { get; } = trigger;

    public static string Describe(TicketTrigger trigger) => trigger switch
    {
        TicketTrigger.Approve => "approved",
        TicketTrigger.Deny => "denied",
        TicketTrigger.Cancel => "cancelled",
        TicketTrigger.StartProvisioning => "provisioned",
        TicketTrigger.CompleteProvisioning => "activated",
        TicketTrigger.FailProvisioning => "marked failed",
        TicketTrigger.Retry => "retried",
        TicketTrigger.Revoke => "revoked",
        TicketTrigger.Expire => "expired",
        _ => trigger.ToString().ToLowerInvariant(),
    };
}
