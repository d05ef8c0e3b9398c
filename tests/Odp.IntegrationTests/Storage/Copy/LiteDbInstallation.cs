using Odp.Engine.Hosting;
using Odp.Engine.Outbox;
using Odp.Engine.Storage;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.PostedCards;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.GitOps;
using static Odp.IntegrationTests.Storage.Tickets.TicketSamples;

namespace Odp.IntegrationTests.Storage.Copy;

/// <summary>
/// An embedded installation to copy: a data folder whose odp.db the LiteDB stores wrote, closed again (as after
/// stopping OpenDataPlane). Four tickets — pending, denied, an active team ticket, a failed one owing three items (one
/// postponed after two attempts) — a workspace and the name its group holds, posted cards, audit entries (one twice)
/// and the GitOps state of two teams. Deleted at the end.
/// </summary>
public sealed class LiteDbInstallation : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private LiteDbInstallation(string folder) => Folder = folder;

    public string Folder { get; }

    public static AuditEntry Repair { get; } = new(Start.AddHours(2), "trino rules", "2 grants", "3 grants");

    public static IReadOnlyList<(string Ticket, string Kind, PostedCard Card)> Cards { get; } =
    [
        ("ODP-1", "approval", new PostedCard("slack", "D-bob", "1712.0001")),
        ("ODP-1", "approval", new PostedCard("mattermost", "ch-carol", "p9x")),
        ("ODP-3", "progress", new PostedCard("slack", "D-alice", "1712.0002")),
    ];

    public static IReadOnlyList<GitOpsState> GitOps { get; } =
        [new("Analysts", "analysts", "a1b2c3", 42), new("finance", "finance", "d4e5f6", null, 3)];

    /// <summary>A new empty data folder (no odp.db yet).</summary>
    public static LiteDbInstallation Empty() => new(Path.Combine(Path.GetTempPath(), $"odp-copy-{Guid.NewGuid():N}"));

    public static async Task<LiteDbInstallation> CreateAsync()
    {
        var installation = Empty();
        using var database = installation.Open();
        var tickets = new LiteDbTicketStore(database);
        await tickets.CreateAsync(In(TicketState.Pending), None);
        await tickets.CreateAsync(In(TicketState.Denied, Request(user: "dave")), None);
        await tickets.CreateAsync(In(TicketState.Active, Request(user: "carol", workspace: "analysts", team: "Analysts")), None);
        var failed = await tickets.CreateAsync(In(TicketState.Failed, Request(dataset: "lake.hr.people")), None);
        failed.Owe(OwedKind.ApplyGrants);
        failed.Owe(OwedKind.TellProgress);
        failed.Owe(OwedKind.TellChange);
        await tickets.SaveAsync(failed, None);
        var outbox = new LiteDbOutbox(database);
        await outbox.PostponeAsync((await outbox.OwedByAsync(failed.Id, None))[1].Id, 2, Start.AddHours(1), None);

        var workspaces = new LiteDbWorkspaceStore(database);
        await workspaces.SaveAsync(Workspace("Analysts", "analysts"), None);
        await workspaces.ClaimNameAsync("Analysts", ["analysts"], None);

        var cards = new LiteDbPostedCardStore(database);
        foreach (var (ticket, kind, card) in Cards) await cards.AddAsync(ticket, kind, card, None);
        var audit = new LiteDbAuditLog(database);
        foreach (var entry in new[] { Repair, Repair, Repair with { At = Start.AddHours(3), After = "4 grants" } }) await audit.RecordAsync(entry, None);
        var gitOps = new LiteDbGitOpsStateStore(database);
        foreach (var state in GitOps) await gitOps.SaveAsync(state, None);
        return installation;
    }

    /// <summary>Opens the installation's odp.db (creating it in an empty folder); dispose it before copying.</summary>
    public OdpDatabase Open() => new(new DataDirectory(Folder));

    public static WorkspaceRecord Workspace(string group, string name) => new(
        group,
        name,
        WorkspaceNames.NamespaceFor(name),
        $"s3://odp-workspaces/{name}/",
        new Dictionary<string, string> { ["carol"] = $"https://hub.example/hub/spawn/carol?ws={name}" },
        ["carol", "erin"],
        Start,
        Start.AddHours(1).AddTicks(1_234_567),
        new Dictionary<string, string> { ["carol"] = "https://hub.example/user/carol/" });

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
