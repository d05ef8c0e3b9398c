using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Access;
using Odp.Engine.Hosting;
using Odp.Engine.Outbox;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Telemetry;

/// <summary><see cref="StoreGauges"/> over a LiteDB store: tickets by state and the outbox, read at most once per <see cref="StoreGauges.MaxAge"/>.</summary>
public sealed class StoreGaugesTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "odp-gauges-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider clock = new(Start);
    private readonly OdpDatabase database;
    private readonly CountingTicketStore tickets;
    private readonly MeasurementLog log;

    public StoreGaugesTests()
    {
        database = new OdpDatabase(new DataDirectory(folder));
        tickets = new CountingTicketStore(new LiteDbTicketStore(database));
        var metrics = new OdpMetrics(services.GetRequiredService<IMeterFactory>(), clock);
        _ = new StoreGauges(metrics, tickets, new LiteDbOutbox(database), clock, NullLogger<StoreGauges>.Instance);
        log = new MeasurementLog(metrics.Meter);
    }

    public void Dispose()
    {
        log.Dispose();
        services.Dispose();
        database.Dispose();
        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Observe_TicketsOwingWork_EveryStateTheDepthAndTheOldestItemsAge()
    {
        await FileAsync(Start);
        var approved = await FileAsync(Start.AddMinutes(1));
        approved.Approve("bob", Start.AddMinutes(2));
        await tickets.SaveAsync(approved, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(15));

        log.Observe();

        var states = log.Of("odp.tickets").ToDictionary(m => (string)m.Tags["state"]!, m => m.Value);
        Assert.Equal(Enum.GetValues<TicketState>().Select(s => s.ToString().ToLowerInvariant()), states.Keys);
        Assert.Equal(1, states["pending"]);
        Assert.Equal(1, states["approved"]);
        Assert.Equal(0, states["active"]);
        Assert.Equal(2, Assert.Single(log.Of("odp.outbox.depth")).Value);
        Assert.Equal(900, Assert.Single(log.Of("odp.outbox.oldest.age")).Value);
    }

    [Fact]
    public async Task Observe_AgainWithinMaxAge_ReadsTheStoreOnceThenAgainAfterIt()
    {
        await FileAsync(Start);

        log.Observe();
        log.Observe();
        Assert.Equal(1, tickets.Counts);

        await FileAsync(Start);
        clock.Advance(StoreGauges.MaxAge);
        log.Clear();
        log.Observe();

        Assert.Equal(2, tickets.Counts);
        Assert.Equal(2, log.Of("odp.tickets").Single(m => (string)m.Tags["state"]! == "pending").Value);
    }

    [Fact]
    public void Observe_EmptyOutbox_DepthAndAgeZero()
    {
        log.Observe();

        Assert.Equal(0, Assert.Single(log.Of("odp.outbox.depth")).Value);
        Assert.Equal(0, Assert.Single(log.Of("odp.outbox.oldest.age")).Value);
    }

    private Task<Ticket> FileAsync(DateTimeOffset at) => tickets.CreateAsync(id =>
    {
        var ticket = Ticket.Open(id, new TicketRequest("lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(30), "Q3 churn model", "analysts"), at);
        ticket.Owe(OwedKind.TellFiled);
        return ticket;
    }, CancellationToken.None);
}
