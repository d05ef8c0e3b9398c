using Odp.Engine.Notifications;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// What every backend and the team see after a ticket was provisioned, however often the process died on the way:
/// the ticket Active with one Active event and one Provisioning event (plus one per failure retried), one grant in the rules, one hub user with one
/// running server spawned once, one ready message — and per mode exactly one of each Kubernetes object (each created
/// once) or exactly one commit with one pipeline followed.
/// </summary>
internal static class ProvisionedOnce
{
    public static async Task AssertAsync(ProvisioningHarness h, string id)
    {
        var ticket = await h.TicketAsync(id);
        Assert.True(ticket.State == TicketState.Active, $"{ticket.Id} is {ticket.State}: {ticket.Events[^1].Note}");
        Assert.All(ticket.Steps, s => Assert.Equal(StepStatus.Done, s.Status));
        Assert.Equal(1 + ticket.Events.Count(e => e.To == TicketState.Failed), ticket.Events.Count(e => e.To == TicketState.Provisioning));
        var active = Assert.Single(ticket.Events, e => e.To == TicketState.Active);
        Assert.Equal($"Trino verified the grant: {ticket.User} ran SELECT * FROM \"lake\".\"sales\".\"orders\" LIMIT 0", active.Note);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);

        Assert.Equal([("alice", ProvisioningHarness.Dataset, "SELECT")], h.Grants());

        Assert.Equal(["alice"], h.Hub.Users);
        var server = Assert.Single(h.Hub.Servers);
        Assert.Equal((ProvisioningHarness.Team, true), (server.Name, server.Ready));
        Assert.Equal(1, h.Hub.Spawns);

        var ready = Assert.Single(h.Sent<WorkspaceReady>());
        Assert.Equal($"{h.Hub.Url}/user/alice/{ProvisioningHarness.Team}/", ready.Workspace.JupyterUrlOf("alice"));
        Assert.Equal("odp-analysts", ready.Workspace.Namespace);
        Assert.Equal(ticket.ExpiresAt, ready.Ticket.ExpiresAt);

        if (h.Kubernetes is { } kubernetes) OneOfEachObject(kubernetes);
        if (h.GitLab is { } gitlab) OneCommitOnePipeline(gitlab);
    }

    private static void OneOfEachObject(Fakes.Kubernetes.FakeKubernetesServer kubernetes)
    {
        var stored = kubernetes.StoredNames();
        Assert.Equal(["odp-analysts"], stored["/v1/namespaces"]);
        Assert.Equal(["odp-quota"], stored["/v1/resourcequotas"]);
        Assert.Equal(["odp-limits"], stored["/v1/limitranges"]);
        Assert.Equal(["odp-allow-dns", "odp-allow-trino", "odp-default-deny"], stored["networking.k8s.io/v1/networkpolicies"]);
        Assert.Equal(["odp-workspace"], stored["/v1/serviceaccounts"]);
        Assert.Equal(["odp-edit"], stored["rbac.authorization.k8s.io/v1/rolebindings"]);
        Assert.Equal(["odp-trino"], stored["/v1/secrets"]);
        // Nine objects stored and nine creates: none was created twice, none deleted and created again.
        Assert.Equal(9, stored.Values.Sum(names => names.Count));
        Assert.Equal(9, kubernetes.Calls.Count(c => c is { Method: "POST", Status: 201 }));
        Assert.DoesNotContain(kubernetes.Calls, c => c.Method == "DELETE");
    }

    private static void OneCommitOnePipeline(Fakes.GitLab.FakeGitLab gitlab)
    {
        Assert.Single(gitlab.CallsTo("POST", "repository/commits"), c => c.Status == 201);
        var pipeline = Assert.Single(gitlab.Pipelines);
        Assert.Empty(gitlab.CallsTo("POST", "pipeline"));
        Assert.All(gitlab.Calls.Where(c => c.Path.StartsWith("pipelines/", StringComparison.Ordinal)),
            c => Assert.StartsWith($"pipelines/{pipeline}", c.Path, StringComparison.Ordinal));
    }
}
