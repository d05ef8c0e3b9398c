using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

/// <summary>Puts tickets into a given state by walking the intent methods from <see cref="Ticket.Open"/>.</summary>
internal static class TicketWalk
{
    public const string Requester = "alice";
    public const string Owner = "bob";
    public static readonly string[] Steps = ["grant", "sync"];
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static TicketRequest Request(
        string dataset = "lake.sales.orders", string user = Requester, string workspace = "ws-alice") =>
        new(dataset, user, AccessLevel.Read, TimeSpan.FromDays(30), "quarterly churn analysis", workspace);

    public static Ticket Open(string id = "ODP-1") => Ticket.Open(id, Request(), Start);

    /// <summary>A fresh ticket in <paramref name="state"/> (of <see cref="Request"/>'s defaults unless given); each step of the walk is one minute after the last.</summary>
    public static Ticket To(TicketState state, string id = "ODP-1", TicketRequest? request = null)
    {
        var ticket = request is null ? Open(id) : Ticket.Open(id, request, Start);
        var at = Start;
        DateTimeOffset Next() => at = at.AddMinutes(1);
        switch (state)
        {
            case TicketState.Pending:
                break;
            case TicketState.Denied:
                ticket.Deny(Owner, "not for this purpose", Next());
                break;
            case TicketState.Cancelled:
                ticket.Cancel(Requester, Next());
                break;
            case TicketState.Expired:
                ticket.Expire("nobody reviewed it", Next());
                break;
            case TicketState.Approved:
            case TicketState.Revoked:
                ticket.Approve(Owner, Next());
                if (state == TicketState.Revoked) ticket.Revoke(Owner, "no longer needed", Next());
                break;
            case TicketState.Provisioning:
                ticket.Approve(Owner, Next());
                ticket.StartProvisioning(Steps, Next());
                break;
            case TicketState.Active:
                ticket.Approve(Owner, Next());
                ticket.StartProvisioning(Steps, Next());
                CompleteAll(ticket, Next());
                ticket.Activate(Next());
                break;
            case TicketState.Failed:
                ticket.Approve(Owner, Next());
                ticket.StartProvisioning(Steps, Next());
                ticket.BeginStep("grant", Next());
                ticket.CompleteStep("grant", Next());
                ticket.BeginStep("sync", Next());
                ticket.FailProvisioning("sync", "backend said no", Next());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No walk to this state.");
        }

        Assert.Equal(state, ticket.State);
        return ticket;
    }

    /// <summary>Fires <paramref name="trigger"/> through the intent method that owns it.</summary>
    public static void Fire(Ticket ticket, TicketTrigger trigger, DateTimeOffset at)
    {
        switch (trigger)
        {
            case TicketTrigger.Approve: ticket.Approve(Owner, at); break;
            case TicketTrigger.Deny: ticket.Deny(Owner, "not for this purpose", at); break;
            case TicketTrigger.Cancel: ticket.Cancel(Requester, at); break;
            case TicketTrigger.StartProvisioning: ticket.StartProvisioning(Steps, at); break;
            case TicketTrigger.CompleteProvisioning:
                if (ticket.State == TicketState.Provisioning) CompleteAll(ticket, at);
                ticket.Activate(at);
                break;
            case TicketTrigger.FailProvisioning: ticket.FailProvisioning("grant", "backend said no", at); break;
            case TicketTrigger.Retry: ticket.Retry(Requester, at); break;
            case TicketTrigger.Revoke: ticket.Revoke(Owner, "no longer needed", at); break;
            case TicketTrigger.Expire: ticket.Expire("duration ended", at); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "No intent method for this trigger.");
        }
    }

    public static void CompleteAll(Ticket ticket, DateTimeOffset at)
    {
        foreach (var step in ticket.Data.Steps.Where(s => s.Status != StepStatus.Done).Select(s => s.Name).ToList())
        {
            ticket.BeginStep(step, at);
            ticket.CompleteStep(step, at);
        }
    }
}
