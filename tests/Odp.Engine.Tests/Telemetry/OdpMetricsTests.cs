using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Access;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Telemetry;

/// <summary>What <see cref="OdpMetrics"/> records for each event, with which labels.</summary>
public sealed class OdpMetricsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider clock = new(Start);
    private readonly OdpMetrics metrics;
    private readonly MeasurementLog log;

    public OdpMetricsTests()
    {
        metrics = new OdpMetrics(services.GetRequiredService<IMeterFactory>(), clock);
        log = new MeasurementLog(metrics.Meter);
    }

    public void Dispose()
    {
        log.Dispose();
        services.Dispose();
    }

    [Fact]
    public void Decided_ApprovedAnHourAfterFiling_CountsApprovedAndRecordsTheHour()
    {
        var ticket = Opened();
        ticket.Approve("bob", Start.AddHours(1));

        metrics.Decided(ticket.Data);

        var (count, tags) = Assert.Single(log.Of("odp.requests.decided"));
        Assert.Equal(1, count);
        Assert.Equal("approved", tags["outcome"]);
        var (seconds, timeTags) = Assert.Single(log.Of("odp.request.decision.time"));
        Assert.Equal(3600, seconds);
        Assert.Equal(new Dictionary<string, object?> { ["outcome"] = "approved" }, timeTags);
    }

    [Fact]
    public void Decided_Denied_CountsDenied()
    {
        var ticket = Opened();
        ticket.Deny("bob", "not for this", Start.AddMinutes(5));

        metrics.Decided(ticket.Data);

        Assert.Equal("denied", Assert.Single(log.Of("odp.requests.decided")).Tags["outcome"]);
        Assert.Equal(300, Assert.Single(log.Of("odp.request.decision.time")).Value);
    }

    [Fact]
    public void Expired_PendingAndActive_LabelsTheStateEachLeft()
    {
        var pending = Opened();
        pending.Expire("nobody reviewed it", Start.AddDays(7));
        var active = Activated(Start.AddMinutes(2));
        active.Expire("time up", Start.AddDays(30));

        metrics.Expired(pending.Data);
        metrics.Expired(active.Data);

        Assert.Equal(["pending", "active"], log.Of("odp.requests.expired").Select(m => m.Tags["state"]));
    }

    [Fact]
    public void Activated_TwoMinutesAfterTheApproval_RecordsTwoMinutesWithoutLabels()
    {
        var ticket = Activated(Start.AddMinutes(3));

        metrics.Activated(ticket.Data);

        var (seconds, tags) = Assert.Single(log.Of("odp.request.activation.time"));
        Assert.Equal(120, seconds);
        Assert.Empty(tags);
    }

    [Fact]
    public void StepRan_FailedAfterRetries_RecordsItsDurationAndAFailureByStep()
    {
        metrics.StepRan("jupyter-server", TimeSpan.FromSeconds(42), failed: true);
        metrics.StepRan("trino-grant", TimeSpan.FromMilliseconds(80), failed: false);

        Assert.Equal(
            [(42, "jupyter-server", "failed"), (0.08, "trino-grant", "succeeded")],
            log.Of("odp.provisioning.step.duration").Select(m => (m.Value, (string)m.Tags["step"]!, (string)m.Tags["outcome"]!)));
        Assert.Equal("jupyter-server", Assert.Single(log.Of("odp.provisioning.step.failures")).Tags["step"]);
    }

    [Fact]
    public void CatalogSynced_ThenAFailedSyncAndTime_ReportsTheLastGoodSizeAndItsAge()
    {
        log.Observe();
        Assert.Empty(log.Of("odp.catalog.datasets"));
        Assert.Empty(log.Of("odp.catalog.last_sync.age"));

        metrics.CatalogSynced(31);
        clock.Advance(TimeSpan.FromMinutes(10));
        metrics.CatalogSynced(null);
        log.Observe();

        Assert.Equal(31, Assert.Single(log.Of("odp.catalog.datasets")).Value);
        Assert.Equal(600, Assert.Single(log.Of("odp.catalog.last_sync.age")).Value);
        Assert.Equal(["succeeded", "failed"], log.Of("odp.catalog.syncs").Select(m => m.Tags["outcome"]));
    }

    [Fact]
    public void Acked_SlackCommand_RecordsSecondsByPlatformAndKind()
    {
        metrics.Acked("slack", "command", TimeSpan.FromMilliseconds(12));

        var (seconds, tags) = Assert.Single(log.Of("odp.chat.ack.duration"));
        Assert.Equal(0.012, seconds, 6);
        Assert.Equal(new Dictionary<string, object?> { ["platform"] = "slack", ["kind"] = "command" }, tags);
    }

    private static Ticket Opened() =>
        Ticket.Open("ODP-1", new TicketRequest("lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(30), "Q3 churn model", "analysts"), Start);

    /// <summary>Approved a minute after filing, Active at <paramref name="at"/>.</summary>
    private static Ticket Activated(DateTimeOffset at)
    {
        var ticket = Opened();
        ticket.Approve("bob", Start.AddMinutes(1));
        ticket.StartProvisioning(["trino-grant"], Start.AddMinutes(1));
        ticket.BeginStep("trino-grant", Start.AddMinutes(1));
        ticket.CompleteStep("trino-grant", at);
        ticket.Activate(at);
        return ticket;
    }
}
