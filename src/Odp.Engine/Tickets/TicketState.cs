namespace Odp.Engine.Tickets;

public enum TicketState
{
    Pending,
    Approved,
    Provisioning,
    Active,
    Denied,
    Cancelled,
    Expired,
    Revoked,
    Failed,
}
