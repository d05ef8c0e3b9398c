using LiteDB;
using Npgsql;
using Odp.Engine.Outbox;
using Odp.Engine.Errors;
using Odp.Engine.Storage;
using Odp.Engine.Storage.Copy;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;
using Odp.IntegrationTests.Storage.Postgres;
using static Odp.IntegrationTests.Storage.Tickets.TicketSamples;

namespace Odp.IntegrationTests.Storage.Copy;

/// <summary><see cref="StoreCopy"/> from a LiteDB installation built by its stores into a real PostgreSQL, read back through the PostgreSQL stores.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreCopyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Every table the copy writes, each row with its xmin (the transaction that last wrote it).</summary>
    private static readonly string[] Tables = ["tickets", "outbox", "counters", "workspaces", "workspace_names", "posted_cards", "audit", "gitops_state"];

    private LiteDbInstallation installation = null!;
    private string connection = null!;
    private NpgsqlDataSource database = null!;

    public async Task InitializeAsync()
    {
        installation = await LiteDbInstallation.CreateAsync();
        connection = await postgres.NewDatabaseAsync();
        database = NpgsqlDataSource.Create(connection);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        installation.Dispose();
    }

    [Fact]
    public async Task RunAsync_LiteDbInstallation_PostgresHoldsEveryRecordExactly()
    {
        var report = await StoreCopy.RunAsync(installation.Folder, connection, None);

        Assert.Equal(
            [("tickets", 4, 0), ("owed items", 3, 0), ("workspaces", 1, 0), ("workspace names", 1, 0), ("posted cards", 3, 0), ("audit entries", 3, 0), ("gitops states", 2, 0)],
            report.Counts.Select(c => (c.Name, c.Count.Copied, c.Count.AlreadyThere)));
        Assert.Empty(report.Conflicts);
        Assert.Equal(0, report.OwedWithoutTicket);
        using var source = installation.Open();
        var (liteTickets, liteOutbox) = (new LiteDbTicketStore(source), new LiteDbOutbox(source));
        var (pgTickets, pgOutbox) = (new PostgresTicketStore(database), new PostgresOutbox(database));
        var expected = await liteTickets.QueryAsync(new TicketQuery(), None);
        var copied = await pgTickets.QueryAsync(new TicketQuery(), None);
        Assert.Equal(expected.Select(t => t.Id), copied.Select(t => t.Id));
        foreach (var (lite, pg) in expected.Zip(copied)) AssertSameData(lite.Data, pg.Data);
        Assert.Equal("Analysts", copied[2].Data.Team);
        Assert.Equal([1, 1, 1, 2], copied.Select(t => t.Data.Version));
        foreach (var ticket in expected)
        {
            Assert.Equal(
                (await liteOutbox.OwedByAsync(ticket.Id, None)).Select(i => (i.TicketId, i.Kind, i.Event, i.Attempts, i.DueAt)),
                (await pgOutbox.OwedByAsync(ticket.Id, None)).Select(i => (i.TicketId, i.Kind, i.Event, i.Attempts, i.DueAt)));
        }
        Assert.Contains(await pgOutbox.OwedByAsync("ODP-4", None), i => i.Attempts == 2 && i.DueAt == Start.AddHours(1));

        var workspace = Assert.Single(await new PostgresWorkspaceStore(database).ListAsync(None));
        var want = (await new LiteDbWorkspaceStore(source).FindAsync("analysts", None))!;
        Assert.Equal(want.Members, workspace.Members);
        Assert.Equal(want.JupyterUrls, workspace.JupyterUrls);
        Assert.Equal(want.ServerUrls, workspace.ServerUrls);
        Assert.Equal(want with { Members = workspace.Members, JupyterUrls = workspace.JupyterUrls, ServerUrls = workspace.ServerUrls }, workspace);
        Assert.Equal("analysts", await new PostgresWorkspaceStore(database).ClaimNameAsync("ANALYSTS", ["another"], None));
        Assert.Equal(["analysts analysts"], await RowsAsync("SELECT name || ' ' || group_key FROM workspace_names"));

        var cards = new PostgresPostedCardStore(database);
        foreach (var group in LiteDbInstallation.Cards.GroupBy(c => (c.Ticket, c.Kind)))
            Assert.Equal(group.Select(c => c.Card), await cards.FindAsync(group.Key.Ticket, group.Key.Kind, None));
        Assert.Equal(await new LiteDbAuditLog(source).LatestAsync(10, None), await new PostgresAuditLog(database).LatestAsync(10, None));
        foreach (var state in LiteDbInstallation.GitOps)
            Assert.Equal(state, await new PostgresGitOpsStateStore(database).FindAsync(state.Group.ToUpperInvariant(), None));
    }

    [Fact]
    public async Task RunAsync_Twice_SecondCopiesNothingAndWritesNoRow()
    {
        var first = await StoreCopy.RunAsync(installation.Folder, connection, None);
        var before = await SnapshotAsync();

        var second = await StoreCopy.RunAsync(installation.Folder, connection, None);

        Assert.Equal(0, second.Copied);
        Assert.Equal(first.Counts.Select(c => (c.Name, c.Count.Copied)), second.Counts.Select(c => (c.Name, c.Count.AlreadyThere)));
        Assert.Empty(second.Conflicts);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task CreateAsync_AfterTheCopy_TakesTheNextIdAfterTheCopiedOnes()
    {
        await StoreCopy.RunAsync(installation.Folder, connection, None);

        var created = await new PostgresTicketStore(database).CreateAsync(Open(), None);

        Assert.Equal("ODP-5", created.Id);
        Assert.Equal(5, (await new PostgresTicketStore(database).QueryAsync(new TicketQuery(), None)).Count);
    }

    [Fact]
    public async Task RunAsync_TicketChangedInPostgresSince_ReportedAsConflictLeftAsItIsAndTheRestCopied()
    {
        await StoreCopy.RunAsync(installation.Folder, connection, None);
        var tickets = new PostgresTicketStore(database);
        var changed = (await tickets.FindAsync("ODP-1", None))!;
        changed.Approve("bob", Start.AddDays(1));
        await tickets.SaveAsync(changed, None);
        await ExecuteAsync("DELETE FROM gitops_state WHERE id = 'finance'");

        var report = await StoreCopy.RunAsync(installation.Folder, connection, None);

        Assert.Equal(["ODP-1: version 2 in PostgreSQL, 1 in odp.db; left as it is in PostgreSQL"], report.Conflicts);
        Assert.Equal(new CopyCount(0, 4), report.Tickets);
        Assert.Equal(new CopyCount(1, 1), report.GitOpsStates);
        Assert.Equal(TicketState.Approved, (await tickets.FindAsync("ODP-1", None))!.State);
    }

    [Fact]
    public async Task RunAsync_ATicketOfThatIdAlreadyMadeInPostgres_ConflictAtTheSameVersion()
    {
        await PostgresSchema.MigrateAsync(database, None);
        await new PostgresTicketStore(database).CreateAsync(Open(Request(user: "zed")), None);

        var report = await StoreCopy.RunAsync(installation.Folder, connection, None);

        Assert.Equal(["ODP-1: PostgreSQL holds another ticket of that id at the same version 1; left as it is there"], report.Conflicts);
        Assert.Equal(new CopyCount(3, 1), report.Tickets);
        Assert.Equal("zed", (await new PostgresTicketStore(database).FindAsync("ODP-1", None))!.Data.User);
    }

    [Fact]
    public async Task RunAsync_FileOfTheVersionWithTwoOutboxes_CopiesWhatItOwedThere()
    {
        using (var old = installation.Open())
            old.Database.GetCollection("endings").Insert(new BsonDocument { ["_id"] = "ODP-3", ["parts"] = new BsonArray("rules", "notice") });

        var report = await StoreCopy.RunAsync(installation.Folder, connection, None);

        Assert.Equal(new CopyCount(5, 0), report.OwedItems);
        Assert.Equal([OwedKind.ApplyGrants, OwedKind.TellChange], (await new PostgresOutbox(database).OwedByAsync("ODP-3", None)).Select(i => i.Kind));
    }

    [Fact]
    public async Task RunAsync_FolderWithoutOdpDb_RefusedNamingThePath()
    {
        using var empty = LiteDbInstallation.Empty();

        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => StoreCopy.RunAsync(empty.Folder, connection, None));

        Assert.Equal($"There is no OpenDataPlane store in {empty.Folder}: {Path.Combine(empty.Folder, OdpDatabase.FileName)} does not exist.", e.Message);
        Assert.False(Directory.Exists(empty.Folder));
    }

    [Fact]
    public async Task RunAsync_OdpDbOpenInAnotherProcess_RefusedSayingToStopItFirst()
    {
        using var running = installation.Open();

        var e = await Assert.ThrowsAsync<IOException>(() => StoreCopy.RunAsync(installation.Folder, connection, None));

        Assert.Contains("another process has it open. Stop the OpenDataPlane that uses this data directory first.", e.Message);
        Assert.Contains(Path.Combine(installation.Folder, OdpDatabase.FileName), e.Message);
    }

    [Fact]
    public async Task RunAsync_NothingListeningThere_RefusedNamingTheServerNotThePassword()
    {
        var port = Services.FreePort.Next();

        var e = await Assert.ThrowsAsync<StartupException>(() =>
            StoreCopy.RunAsync(installation.Folder, $"Host=127.0.0.1;Port={port};Database=odp;Username=odp;Password=s3cret-pw", None));

        Assert.StartsWith($"Could not open the PostgreSQL database odp on 127.0.0.1:{port}: ", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.Message);
    }

    [Fact]
    public async Task RunAsync_NotAConnectionString_RefusedWithoutThePassword()
    {
        var e = await Assert.ThrowsAsync<StartupException>(() =>
            StoreCopy.RunAsync(installation.Folder, "Host=db;Pasword=s3cret-pw;Port=five", None));

        Assert.StartsWith("The target is not a PostgreSQL connection string: ", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.Message);
    }

    [Fact]
    public async Task RunAsync_ConnectionStringWithoutHost_RefusedSayingSo()
    {
        var e = await Assert.ThrowsAsync<StartupException>(() => StoreCopy.RunAsync(installation.Folder, "Database=odp;Password=s3cret-pw", None));

        Assert.Equal("The target PostgreSQL connection string names no server (Host=…).", e.Message);
    }

    /// <summary>Every row of every table the copy writes, with the transaction that wrote it.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        var rows = new List<string>();
        foreach (var table in Tables)
            rows.AddRange(await RowsAsync($"SELECT '{table} ' || xmin::text || ' ' || row_to_json(t)::text FROM {table} t ORDER BY 1"));
        return rows;
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        var rows = new List<string>();
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
