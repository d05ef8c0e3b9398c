using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.IntegrationTests.Storage.Tickets;

/// <summary>Tickets for the store contracts, opened at <see cref="Start"/> and walked through the intent methods.</summary>
internal static class TicketSamples
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static TicketRequest Request(string dataset = "lake.sales.orders", string user = "alice", string workspace = "ws-alice", string? team = null) =>
        new(dataset, user, AccessLevel.Read, TimeSpan.FromDays(30), "quarterly churn analysis", workspace, team);

    /// <summary>A new ticket of <paramref name="request"/> (the default one if null), opened at <paramref name="at"/> (<see cref="Start"/>).</summary>
    public static Func<string, Ticket> Open(TicketRequest? request = null, DateTimeOffset? at = null) =>
        id => Ticket.Open(id, request ?? Request(), at ?? Start);

    /// <summary>A ticket of <paramref name="request"/> in <paramref name="state"/>, one minute between changes.</summary>
    public static Func<string, Ticket> In(TicketState state, TicketRequest? request = null) => id =>
    {
        var ticket = Ticket.Open(id, request ?? Request(), Start);
        var at = Start;
        DateTimeOffset Next() => at = at.AddMinutes(1);
        switch (state)
        {
            case TicketState.Pending:
                break;
            case TicketState.Denied:
                ticket.Deny("bob", "not for this purpose", Next());
                break;
            case TicketState.Active:
                ticket.Approve("bob", Next());
                ticket.StartProvisioning(["grant", "sync"], Next());
                foreach (var step in new[] { "grant", "sync" })
                {
                    ticket.BeginStep(step, Next());
                    ticket.CompleteStep(step, Next());
                }
                ticket.Activate(Next(), "ready");
                break;
            case TicketState.Failed:
                ticket.Approve("bob", Next());
                ticket.StartProvisioning(["grant", "sync"], Next());
                ticket.BeginStep("grant", Next());
                ticket.CompleteStep("grant", Next());
                ticket.BeginStep("sync", Next());
                ticket.FailProvisioning("sync", "backend said no", Next());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No walk to this state.");
        }
        return ticket;
    };

    /// <summary>Compares every field, the events and steps item by item (records compare lists by reference).</summary>
    public static void AssertSameData(TicketData expected, TicketData actual)
    {
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(expected with { Events = actual.Events, Steps = actual.Steps }, actual);
    }
}
