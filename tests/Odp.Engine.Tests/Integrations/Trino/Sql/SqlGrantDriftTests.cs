using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Leases;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Access.Drift;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Sql;
using Odp.Engine.Notifications;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Access.Drift;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tests.Tickets;
using Odp.Engine.Tickets;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Sql;

/// <summary>Drift repair in SQL mode: hand GRANTs and REVOKEs in the fake Trino are found, undone, reported and audited.</summary>
public sealed class SqlGrantDriftTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private readonly RecordingNotifier notifier = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private OdpDatabase database = null!;
    private LiteDbTicketStore store = null!;
    private GrantSync sync = null!;
    private DriftRepair repair = null!;
    private FakeTrinoServer trino = null!;

    public async Task InitializeAsync()
    {
        trino = await SqlEnforcement.StartTrinoAsync();
        database = new OdpDatabase(new DataDirectory(temp.Path));
        store = new LiteDbTicketStore(database);
        var enforcer = SqlEnforcement.Enforcer(ClientFor(trino));
        var locks = new ProcessStoreLock();
        var live = Odp.Engine.Tests.Access.Drift.DriftRepairTests.Live(store);
        sync = new GrantSync(live, enforcer, locks);
        var options = Options.Create(new TrinoOptions { User = SqlEnforcement.BotUser });
        repair = new DriftRepair(live, sync, locks, new SingletonLease(new ProcessLeaseStore(), new ReplicaIdentity(), time), new SqlGrantDrift(enforcer, options), notifier, new Odp.Engine.Storage.LiteDb.LiteDbAuditLog(database),
            Options.Create(new DriftOptions()), time, NullLogger<DriftRepair>.Instance);
        await store.CreateAsync(id => TicketWalk.To(TicketState.Active, id), CancellationToken.None);
        await sync.ApplyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await trino.DisposeAsync();
        database.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task CheckAsync_NoDrift_ChangesAndReportsNothing()
    {
        var statements = trino.Calls.Count;

        var report = await repair.CheckAsync(CancellationToken.None);

        Assert.False(report.Drifted);
        Assert.DoesNotContain(trino.Calls.Skip(statements), c => c.Body.StartsWith("GRANT", StringComparison.Ordinal));
        Assert.Empty(notifier.Sent);
    }

    [Fact]
    public async Task CheckAsync_HandRevoke_GrantsAgainReportsAndAudits()
    {
        trino.Model.Revoke(new FakeTrinoGrant("someone", "USER", "alice", "lake", "sales", "orders", "SELECT"));

        var report = await repair.CheckAsync(CancellationToken.None);

        Assert.True(report.Repaired);
        Assert.Equal(["SELECT on lake.sales.orders to USER alice"], report.Missing);
        Assert.Contains(trino.Model.Grants, g => g is { Grantee: "alice", Privilege: "SELECT", Grantor: SqlEnforcement.BotUser });
        var alert = Assert.IsType<OpsAlert>(Assert.Single(notifier.Sent));
        Assert.Equal("Trino grants repaired", alert.Title);
        Assert.Contains("1 missing, 0 extra grant", alert.Text);
        var entry = Assert.Single(database.Database.GetCollection(Odp.Engine.Storage.LiteDb.LiteDbAuditLog.Collection).FindAll());
        Assert.Equal("trino-grants-drift-repair", entry["what"].AsString);
    }

    [Fact]
    public async Task CheckAsync_HandGrantWithTheBotsAccount_RevokesIt()
    {
        trino.Model.Grant(new FakeTrinoGrant(SqlEnforcement.BotUser, "USER", "mallory", "lake", "sales", "orders", "SELECT"));

        var report = await repair.CheckAsync(CancellationToken.None);

        Assert.Equal(["SELECT on lake.sales.orders to USER mallory"], report.Extra);
        Assert.DoesNotContain(trino.Model.Grants, g => g.Grantee == "mallory");
        Assert.Contains(trino.Model.Grants, g => g.Grantee == "alice");
    }
}
