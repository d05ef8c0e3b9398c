using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

public sealed class TicketTransitionTests
{
    /// <summary>The lifecycle as the product defines it. Anything missing here must be refused.</summary>
    private static readonly Dictionary<(TicketState, TicketTrigger), TicketState> Allowed = new()
    {
        [(TicketState.Pending, TicketTrigger.Approve)] = TicketState.Approved,
        [(TicketState.Pending, TicketTrigger.Deny)] = TicketState.Denied,
        [(TicketState.Pending, TicketTrigger.Cancel)] = TicketState.Cancelled,
        [(TicketState.Pending, TicketTrigger.Expire)] = TicketState.Expired,
        [(TicketState.Approved, TicketTrigger.StartProvisioning)] = TicketState.Provisioning,
        [(TicketState.Approved, TicketTrigger.Revoke)] = TicketState.Revoked,
        [(TicketState.Provisioning, TicketTrigger.CompleteProvisioning)] = TicketState.Active,
        [(TicketState.Provisioning, TicketTrigger.FailProvisioning)] = TicketState.Failed,
        [(TicketState.Provisioning, TicketTrigger.Revoke)] = TicketState.Revoked,
        [(TicketState.Active, TicketTrigger.Expire)] = TicketState.Expired,
        [(TicketState.Active, TicketTrigger.Revoke)] = TicketState.Revoked,
        [(TicketState.Failed, TicketTrigger.Retry)] = TicketState.Provisioning,
        [(TicketState.Failed, TicketTrigger.Revoke)] = TicketState.Revoked,
    };

    private readonly FakeTimeProvider time = new(TicketWalk.Start.AddHours(1));

    public static TheoryData<TicketState, TicketTrigger, TicketState?> EveryPair()
    {
        var data = new TheoryData<TicketState, TicketTrigger, TicketState?>();
        foreach (var state in Enum.GetValues<TicketState>())
        {
            foreach (var trigger in Enum.GetValues<TicketTrigger>())
                data.Add(state, trigger, Allowed.TryGetValue((state, trigger), out var to) ? to : null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Fire_EveryStateAndTrigger_MovesOrRefusesAsTheTableSays(
        TicketState from, TicketTrigger trigger, TicketState? expected)
    {
        var ticket = TicketWalk.To(from, "ODP-7");
        var before = ticket.Data;
        var at = time.GetUtcNow();

        if (expected is { } to)
        {
            TicketWalk.Fire(ticket, trigger, at);

            Assert.Equal(to, ticket.State);
            Assert.Equal(before.Events.Count + 1, ticket.Data.Events.Count);
            var added = ticket.Data.Events[^1];
            Assert.Equal(at, added.At);
            Assert.Equal(from, added.From);
            Assert.Equal(to, added.To);
            Assert.False(string.IsNullOrWhiteSpace(added.By));
        }
        else
        {
            var error = Assert.Throws<TicketTransitionException>(() => TicketWalk.Fire(ticket, trigger, at));

            Assert.Equal("ODP-7", error.TicketId);
            Assert.Equal(from, error.State);
            Assert.Equal(trigger, error.Trigger);
            Assert.Contains("ODP-7", error.Message);
            Assert.Contains(from.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Same(before, ticket.Data);
            Assert.Equal(from, ticket.State);
            Assert.Equal(before.Events.Count, ticket.Data.Events.Count);
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanFire_EveryStateAndTrigger_AgreesWithTheTable(TicketState from, TicketTrigger trigger, TicketState? expected)
    {
        var ticket = TicketWalk.To(from);

        Assert.Equal(expected is not null, ticket.CanFire(trigger));
        Assert.Equal(expected is not null, ticket.PermittedTriggers.Contains(trigger));
    }

    [Fact]
    public void Describe_Machine_HasExactlyTheTableTransitions()
    {
        var described = Ticket.Describe().States
            .SelectMany(s => s.FixedTransitions.Select(t => (
                From: (TicketState)s.UnderlyingState,
                Trigger: (TicketTrigger)t.Trigger.UnderlyingTrigger,
                To: (TicketState)t.DestinationState.UnderlyingState)))
            .OrderBy(t => t.From).ThenBy(t => t.Trigger)
            .ToList();

        var expected = Allowed.Select(p => (From: p.Key.Item1, Trigger: p.Key.Item2, To: p.Value))
            .OrderBy(t => t.From).ThenBy(t => t.Trigger)
            .ToList();
        Assert.Equal(expected, described);
    }

    [Fact]
    public void Activate_StepsNotDone_ThrowsAndStaysProvisioning()
    {
        var ticket = TicketWalk.To(TicketState.Provisioning);
        ticket.BeginStep("grant", time.GetUtcNow());
        ticket.CompleteStep("grant", time.GetUtcNow());
        var before = ticket.Data;

        var error = Assert.Throws<InvalidOperationException>(() => ticket.Activate(time.GetUtcNow()));

        Assert.Contains("ODP-1", error.Message);
        Assert.Same(before, ticket.Data);
        Assert.Equal(TicketState.Provisioning, ticket.State);
    }

    [Fact]
    public void Open_NewTicket_IsPendingWithOneOpeningEvent()
    {
        var ticket = TicketWalk.Open();

        Assert.Equal(TicketState.Pending, ticket.State);
        var opened = Assert.Single(ticket.Data.Events);
        Assert.Equal(new TicketEvent(TicketWalk.Start, TicketWalk.Requester, null, TicketState.Pending, "quarterly churn analysis"), opened);
        Assert.Empty(ticket.Data.Steps);
        Assert.Null(ticket.Data.ExpiresAt);
        Assert.Equal(0, ticket.Data.Version);
    }
}
