namespace Odp.Engine.Tickets;

public enum TicketTrigger
{
    Approve,
    Deny,
    Cancel,
    StartProvisioning,
    CompleteProvisioning,
    FailProvisioning,
    Retry,
    Revoke,
    Expire,
}
