using k8s.Models;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces;

/// <summary>
/// Teams <c>data-science</c>, <c>Data.Science</c> and <c>data_science</c> (one name once punctuation is gone) each
/// get a namespace of their own on the (fake) Kubernetes API: provisioning one never rewrites another's RoleBinding.
/// </summary>
public sealed class CollidingTeamsTests
{
    public static readonly string Directory = Path.Combine(RepoPaths.Root, "tests", "Odp.Engine.Tests", "Workspaces", "colliding-teams.yaml");

    private static readonly (string User, string Team)[] Teams = [("alice", "data-science"), ("dora", "Data.Science"), ("uma", "data_science")];

    [Fact]
    public async Task Provision_ThreeTeamsWithOneName_EachNamespaceBindsOnlyItsTeam()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode, settings: new() { ["Odp:Directory:File"] = Directory });

        foreach (var (user, team) in Teams) await ApproveAsync(h, user, team);
        await h.ProvisionAsync();

        var store = h.Engine.GetRequiredService<IWorkspaceStore>();
        var workspaces = new List<WorkspaceRecord>();
        foreach (var (_, team) in Teams) workspaces.Add((await store.FindAsync(team, CancellationToken.None))!);
        Assert.Equal("data-science", workspaces[0].Name);
        Assert.Equal(3, workspaces.Select(w => w.Namespace).Distinct().Count());
        foreach (var ((user, team), workspace) in Teams.Zip(workspaces))
        {
            Assert.Equal([user], workspace.Members);
            var binding = h.Kubernetes!.Get<V1RoleBinding>("rbac.authorization.k8s.io/v1/rolebindings", workspace.Namespace, "odp-edit");
            Assert.Equal(team, Assert.Single(binding!.Subjects, s => s.Kind == "Group").Name);
            Assert.Equal(workspace.Name, Assert.Single(h.Hub.Servers, s => s.User == user).Name);
        }
        Assert.Equal(3, h.Sent<WorkspaceReady>().Select(r => r.Workspace.Namespace).Distinct().Count());
        Assert.All(await AllTicketsAsync(h), t => Assert.Equal(TicketState.Active, t.State));
    }

    [Fact]
    public async Task Provision_SecondTeamAfterARestart_FirstTeamKeepsItsNamespaceAndBinding()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode, settings: new() { ["Odp:Directory:File"] = Directory });
        await ApproveAsync(h, "dora", "Data.Science");
        await h.ProvisionAsync();

        await h.RestartAsync();
        await ApproveAsync(h, "alice", "data-science");
        await h.ProvisionAsync();

        var store = h.Engine.GetRequiredService<IWorkspaceStore>();
        var first = (await store.FindAsync("Data.Science", CancellationToken.None))!;
        var second = (await store.FindAsync("data-science", CancellationToken.None))!;
        Assert.Equal("odp-data-science", first.Namespace);
        Assert.NotEqual(first.Namespace, second.Namespace);
        var binding = h.Kubernetes!.Get<V1RoleBinding>("rbac.authorization.k8s.io/v1/rolebindings", first.Namespace, "odp-edit");
        Assert.Equal("Data.Science", Assert.Single(binding!.Subjects, s => s.Kind == "Group").Name);
        Assert.Equal(["dora"], first.Members);
    }

    private static async Task ApproveAsync(ProvisioningHarness h, string user, string team)
    {
        var filed = await h.Engine.GetRequiredService<RequestAccess>().ExecuteAsync(
            new AccessRequest(user, ProvisioningHarness.Dataset, "Q3 churn model", "30d", AccessLevel.Read, team), CancellationToken.None);
        await h.Engine.GetRequiredService<DecideAccess>().ApproveAsync(filed.Ticket.Id, "bob", CancellationToken.None);
    }

    private static async Task<IReadOnlyList<TicketData>> AllTicketsAsync(ProvisioningHarness h) =>
        [.. (await h.Engine.GetRequiredService<ITicketStore>().QueryAsync(new TicketQuery(), CancellationToken.None)).Select(t => t.Data)];
}
