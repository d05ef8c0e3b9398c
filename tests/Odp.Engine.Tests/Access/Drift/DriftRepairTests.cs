using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Leases;
using System.Text.Json.Nodes;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Access;
using Odp.Engine.Access.Drift;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;
using Odp.Engine.Notifications;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tests.Tickets;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access.Drift;

public sealed class DriftRepairTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly OdpDatabase _database;
    private readonly LiteDbTicketStore _store;
    private readonly FileRulesEnforcer _enforcer;
    private readonly GrantSync _sync;
    private readonly RecordingNotifier _notifier = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly DriftRepair _repair;

    public DriftRepairTests()
    {
        var data = new DataDirectory(_temp.Path);
        _database = new OdpDatabase(data);
        _store = new LiteDbTicketStore(_database);
        _enforcer = new FileRulesEnforcer(Options.Create(new TrinoOptions()), data, NullLogger<FileRulesEnforcer>.Instance);
        var locks = new ProcessStoreLock();
        var live = Live(_store);
        _sync = new GrantSync(live, _enforcer, locks);
        _repair = new DriftRepair(live, _sync, locks, new SingletonLease(new ProcessLeaseStore(), new ReplicaIdentity(), _time), new FileRulesDrift(_enforcer), _notifier, new Odp.Engine.Storage.LiteDb.LiteDbAuditLog(_database),
            Options.Create(new DriftOptions()), _time, NullLogger<DriftRepair>.Instance);
    }

    /// <summary>Live grants over <paramref name="store"/>, with a one-person directory (no team tickets here).</summary>
    internal static LiveGrants Live(ITicketStore store) =>
        new(store, new MemberGrants(store, new YamlDirectory(DirectoryFile.Parse("users:\n  - {id: alice, groups: [analysts]}\ngroups:\n  - {id: analysts}\n", "directory.yaml"))));

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    private async Task GrantAliceOrdersAsync()
    {
        await _store.CreateAsync(id => TicketWalk.To(TicketState.Active, id), CancellationToken.None);
        await _sync.ApplyAsync(CancellationToken.None);
    }

    private void HandEdit(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(_enforcer.RulesFile))!.AsObject();
        edit(json);
        File.WriteAllText(_enforcer.RulesFile, json.ToJsonString());
    }

    private bool CanSelect(string user, string table) =>
        new TrinoRulesEvaluator(TrinoRulesDocument.Parse(File.ReadAllText(_enforcer.RulesFile)))
            .CanSelect(user, [], DatasetName.Parse(table));

    private List<BsonDocument> Audit() => _database.Database.GetCollection(Odp.Engine.Storage.LiteDb.LiteDbAuditLog.Collection).FindAll().ToList();

    [Fact]
    public async Task CheckAsync_NoDrift_DoesNotWriteOrReport()
    {
        await GrantAliceOrdersAsync();
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_enforcer.RulesFile, past);

        var report = await _repair.CheckAsync(CancellationToken.None);

        Assert.False(report.Drifted);
        Assert.False(report.Repaired);
        Assert.Equal(past, File.GetLastWriteTimeUtc(_enforcer.RulesFile));
        Assert.Empty(_notifier.Sent);
        Assert.Empty(Audit());
    }

    [Fact]
    public async Task CheckAsync_NoFileAndNoGrants_IsNotDrift()
    {
        var report = await _repair.CheckAsync(CancellationToken.None);

        Assert.False(report.Drifted);
        Assert.False(File.Exists(_enforcer.RulesFile));
    }

    [Fact]
    public async Task CheckAsync_HandEditAddsAndRemovesGrants_RepairsReportsAndAudits()
    {
        await GrantAliceOrdersAsync();
        var expected = File.ReadAllText(_enforcer.RulesFile);
        HandEdit(rules =>
        {
            var tables = rules["tables"]!.AsArray();
            tables.RemoveAt(0);
            tables.Insert(0, JsonNode.Parse("""{ "user": "mallory", "catalog": "lake", "schema": "hr", "table": "people", "privileges": ["SELECT"] }"""));
            rules["catalogs"]!.AsArray().Insert(0, JsonNode.Parse("""{ "user": "mallory", "catalog": "lake", "allow": "read-only" }"""));
        });
        Assert.True(CanSelect("mallory", "lake.hr.people"));
        Assert.False(CanSelect("alice", "lake.sales.orders"));

        var report = await _repair.CheckAsync(CancellationToken.None);

        Assert.True(report.Repaired);
        Assert.Equal(["tables: {\"user\":\"alice\",\"catalog\":\"lake\",\"schema\":\"sales\",\"table\":\"orders\",\"privileges\":[\"SELECT\"]}"], report.Missing);
        Assert.Equal(2, report.Extra.Count);
        Assert.All(report.Extra, e => Assert.Contains("mallory", e));
        Assert.Equal(expected, File.ReadAllText(_enforcer.RulesFile));
        Assert.False(CanSelect("mallory", "lake.hr.people"));
        Assert.True(CanSelect("alice", "lake.sales.orders"));

        var alert = Assert.IsType<OpsAlert>(Assert.Single(_notifier.Sent));
        Assert.Contains("1 missing, 2 extra rules", alert.Text);
        Assert.Contains("- catalogs: {\"user\":\"mallory\"", alert.Text);
        Assert.Equal(_time.GetUtcNow(), alert.At);
        var entry = Assert.Single(Audit());
        Assert.Equal("trino-rules-drift-repair", entry["what"].AsString);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, entry["at"].AsDateTime.ToUniversalTime());
        Assert.Contains("1 missing, 2 extra rules", entry["before"].AsString);
        Assert.Contains("rewritten from 1 grants", entry["after"].AsString);
    }

    [Fact]
    public async Task CheckAsync_KeyOrderAndLegacyBooleansOnly_IsNotDrift()
    {
        await GrantAliceOrdersAsync();
        HandEdit(rules =>
        {
            var catalogs = rules["catalogs"]!.AsArray();
            var last = catalogs[^1]!.AsObject();
            catalogs[^1] = new JsonObject { ["allow"] = false, ["catalog"] = last["catalog"]!.GetValue<string>() };
        });

        var report = await _repair.CheckAsync(CancellationToken.None);

        Assert.False(report.Drifted);
        Assert.Empty(_notifier.Sent);
    }

    [Fact]
    public async Task CheckAsync_ReorderedRules_IsRepaired()
    {
        await GrantAliceOrdersAsync();
        HandEdit(rules =>
        {
            var catalogs = rules["catalogs"]!.AsArray();
            var first = catalogs[0]!.DeepClone();
            catalogs.RemoveAt(0);
            catalogs.Add(first);
        });
        Assert.False(CanSelect("alice", "lake.sales.orders"));

        var report = await _repair.CheckAsync(CancellationToken.None);

        Assert.True(report.Reordered);
        Assert.True(report.Repaired);
        Assert.True(CanSelect("alice", "lake.sales.orders"));
    }

    [Fact]
    public async Task CheckAsync_UnreadableOrDeletedFile_IsRewritten()
    {
        await GrantAliceOrdersAsync();
        File.WriteAllText(_enforcer.RulesFile, "{ not json");

        var unreadable = await _repair.CheckAsync(CancellationToken.None);
        File.Delete(_enforcer.RulesFile);
        var deleted = await _repair.CheckAsync(CancellationToken.None);

        Assert.True(unreadable.Unreadable);
        Assert.True(unreadable.Repaired);
        Assert.True(deleted.Repaired);
        Assert.NotEmpty(deleted.Missing);
        Assert.True(CanSelect("alice", "lake.sales.orders"));
        Assert.Equal(2, Audit().Count);
    }
}
