using Odp.Engine.Errors;

namespace Odp.Engine.Tickets;

/// <summary>
/// A trigger the ticket's state does not allow. Never swallowed: the caller hears why, and who decided when someone
/// did — the loser of a race of clicks hears "ODP-1 is already approved by bob, so it can't be approved."
/// </summary>
public sealed class TicketTransitionException(string ticketId, TicketState state, TicketTrigger trigger, string? decidedBy = null)
    : UserFacingException(Explain(ticketId, state, trigger, decidedBy))
{
    public string TicketId { get; } = ticketId;
    public TicketState State { get; } = state;
    public TicketTrigger Trigger { get; } = trigger;

    private static string Explain(string id, TicketState state, TicketTrigger trigger, string? decidedBy)
    {
        var now = state.ToString().ToLowerInvariant();
        var verb = Describe(trigger);
        return (decidedBy, state) switch
        {
            (null, _) => $"{id} is {now}, so it can't be {verb}.",
            (_, TicketState.Approved or TicketState.Denied) => $"{id} is already {now} by {decidedBy}, so it can't be {verb}.",
            _ => $"{id} is {now} (decided by {decidedBy}), so it can't be {verb}.",
        };
    }

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
