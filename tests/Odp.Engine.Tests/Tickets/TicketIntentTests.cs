using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

public sealed class TicketIntentTests
{
    private readonly FakeTimeProvider time = new(TicketWalk.Start.AddHours(1));

    [Fact]
    public void Approve_Pending_RecordsDeciderAndEvent()
    {
        var ticket = TicketWalk.Open();
        var at = time.GetUtcNow();

        ticket.Approve("bob", at);

        Assert.Equal("bob", ticket.Data.DecidedBy);
        Assert.Null(ticket.Data.DecisionNote);
        Assert.Equal(new TicketEvent(at, "bob", TicketState.Pending, TicketState.Approved, null), ticket.Data.Events[^1]);
    }

    [Fact]
    public void Deny_Pending_StoresDecidedByAndDecisionNote()
    {
        var ticket = TicketWalk.Open();
        var at = time.GetUtcNow();

        ticket.Deny("bob", "use the aggregated table", at);

        Assert.Equal(TicketState.Denied, ticket.State);
        Assert.Equal("bob", ticket.Data.DecidedBy);
        Assert.Equal("use the aggregated table", ticket.Data.DecisionNote);
        Assert.Equal(
            new TicketEvent(at, "bob", TicketState.Pending, TicketState.Denied, "use the aggregated table"),
            Assert.Single(ticket.Data.Events, e => e.From is not null));
    }

    [Fact]
    public void Cancel_Pending_EventNamesRequester()
    {
        var ticket = TicketWalk.Open();

        ticket.Cancel("alice", time.GetUtcNow());

        var cancelled = ticket.Data.Events[^1];
        Assert.Equal("alice", cancelled.By);
        Assert.Equal("cancelled by the requester", cancelled.Note);
    }

    [Fact]
    public void Expire_Active_EventIsBySystemWithNote()
    {
        var ticket = TicketWalk.To(TicketState.Active);

        ticket.Expire("30d ended", time.GetUtcNow());

        Assert.Equal(new TicketEvent(time.GetUtcNow(), Actors.System, TicketState.Active, TicketState.Expired, "30d ended"), ticket.Data.Events[^1]);
    }

    [Fact]
    public void StartProvisioning_Approved_CreatesPendingSteps()
    {
        var ticket = TicketWalk.To(TicketState.Approved);

        ticket.StartProvisioning(["grant", "sync", "notify"], time.GetUtcNow());

        Assert.Equal(
            [new("grant", StepStatus.Pending), new("sync", StepStatus.Pending), new ProvisioningStep("notify", StepStatus.Pending)],
            ticket.Data.Steps);
        Assert.Equal(Actors.System, ticket.Data.Events[^1].By);
    }

    [Fact]
    public void BeginStepThenCompleteStep_Provisioning_RecordsTimesAndDuration()
    {
        var ticket = TicketWalk.To(TicketState.Provisioning);
        var started = time.GetUtcNow();

        ticket.BeginStep("grant", started);
        Assert.Equal(new ProvisioningStep("grant", StepStatus.Running, started), ticket.Data.Steps[0]);
        time.Advance(TimeSpan.FromSeconds(3));
        ticket.CompleteStep("grant", time.GetUtcNow());

        Assert.Equal(new ProvisioningStep("grant", StepStatus.Done, started, time.GetUtcNow()), ticket.Data.Steps[0]);
        Assert.Equal(TimeSpan.FromSeconds(3), ticket.Data.Steps[0].Duration);
        Assert.Equal(StepStatus.Pending, ticket.Data.Steps[1].Status);
    }

    [Fact]
    public void BeginStep_UnknownStep_ThrowsArgumentException()
    {
        var ticket = TicketWalk.To(TicketState.Provisioning);

        var error = Assert.Throws<ArgumentException>(() => ticket.BeginStep("nope", time.GetUtcNow()));

        Assert.Contains("nope", error.Message);
    }

    [Theory]
    [InlineData(TicketState.Pending)]
    [InlineData(TicketState.Approved)]
    [InlineData(TicketState.Active)]
    [InlineData(TicketState.Failed)]
    [InlineData(TicketState.Revoked)]
    public void StepMethods_OutsideProvisioning_Throw(TicketState state)
    {
        var ticket = TicketWalk.To(state);
        var before = ticket.Data;

        Assert.Throws<InvalidOperationException>(() => ticket.BeginStep("grant", time.GetUtcNow()));
        Assert.Throws<InvalidOperationException>(() => ticket.CompleteStep("grant", time.GetUtcNow()));
        Assert.Same(before, ticket.Data);
    }

    [Fact]
    public void FailProvisioning_Provisioning_MarksStepAndNamesItInTheEvent()
    {
        var ticket = TicketWalk.To(TicketState.Provisioning);
        var at = time.GetUtcNow();

        ticket.FailProvisioning("sync", "connection refused", at);

        Assert.Equal(TicketState.Failed, ticket.State);
        Assert.Equal(new ProvisioningStep("sync", StepStatus.Failed, null, at, "connection refused"), ticket.Data.Steps[1]);
        Assert.Equal("sync failed: connection refused", ticket.Data.Events[^1].Note);
    }

    [Fact]
    public void Activate_AllStepsDone_SetsExpiresAtToNowPlusDuration()
    {
        var ticket = TicketWalk.To(TicketState.Provisioning);
        TicketWalk.CompleteAll(ticket, time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(5));

        ticket.Activate(time.GetUtcNow());

        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromDays(30), ticket.Data.ExpiresAt);
    }

    [Fact]
    public void Retry_Failed_ResetsFailedStepsAndKeepsDoneOnes()
    {
        var ticket = TicketWalk.To(TicketState.Failed);
        var done = ticket.Data.Steps[0];
        Assert.Equal(StepStatus.Done, done.Status);

        ticket.Retry("alice", time.GetUtcNow());

        Assert.Equal(TicketState.Provisioning, ticket.State);
        Assert.Equal(done, ticket.Data.Steps[0]);
        Assert.Equal(new ProvisioningStep("sync", StepStatus.Pending), ticket.Data.Steps[1]);
        Assert.Equal(new TicketEvent(time.GetUtcNow(), "alice", TicketState.Failed, TicketState.Provisioning, "retry"), ticket.Data.Events[^1]);
    }

    [Fact]
    public void Walk_PendingToExpiredViaActive_AppendsOneEventPerTransition()
    {
        var ticket = TicketWalk.To(TicketState.Active);

        Assert.Equal(
            [TicketState.Pending, TicketState.Approved, TicketState.Provisioning, TicketState.Active],
            ticket.Data.Events.Select(e => e.To));
        Assert.Equal(
            [null, TicketState.Pending, TicketState.Approved, TicketState.Provisioning],
            ticket.Data.Events.Select(e => e.From));
        Assert.Equal(ticket.Data.Events.Select(e => e.At).Order(), ticket.Data.Events.Select(e => e.At));
    }

    [Fact]
    public void Restore_Data_KeepsStateAndFiresFromIt()
    {
        var data = TicketWalk.To(TicketState.Failed).Data;

        var ticket = Ticket.Restore(data);
        ticket.Revoke("bob", null, time.GetUtcNow());

        Assert.Equal(TicketState.Revoked, ticket.State);
        Assert.Equal(TicketState.Failed, data.State);
        Assert.Equal(data.Events.Count + 1, ticket.Data.Events.Count);
    }
}
