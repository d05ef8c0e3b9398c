using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Bot.Tests.Conversation;

/// <summary>What happens to access over time: expiry, revocation, and provisioning across a restart.</summary>
public sealed class LifecycleTests : ConversationTest
{
    [Fact]
    public async Task Expiry_AfterTheRequestedDuration_RevokesAccessAndRemovesTheRule()
    {
        await ActiveGrantAsync("alice", "lake.sales.orders", "--for 7d");
        await Chat.Say("erin", "/odp request lake.sales.order_items --reason \"segment sizes for churn\" --for 30d");
        await Chat.Say("bob", "/odp approve ODP-2");
        await Chat.ProvisionAsync();
        Assert.Equal(2, RulesAssert.Grants(Chat.Rules()).Count);

        var early = await Chat.AdvanceAsync(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Empty(early);

        var expired = await Chat.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(["ODP-1"], expired.Select(t => t.Id));
        Assert.Equal(TicketState.Expired, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Equal([("erin", "lake.sales.order_items", "SELECT")], RulesAssert.Grants(Chat.Rules()));
        Assert.Contains(Chat.Channel.To("alice"), m => m.Text.Contains("Expired") && m.Text.Contains("access ended after 7d"));
        Assert.False(File.Exists(Path.Combine(Chat.DataPath, "workspaces", "analysts", "jupyterhub", "alice.json")));
    }

    [Fact]
    public async Task Expiry_OfARequestNobodyReviewed_ExpiresItAndUpdatesTheOwnersCards()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = Assert.Single(Chat.Channel.To("bob"));

        Assert.Empty(await Chat.AdvanceAsync(TimeSpan.FromDays(13)));
        var expired = await Chat.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(["ODP-1"], expired.Select(t => t.Id));
        Assert.Contains("expired", Chat.Channel.Current(bobsCard), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Chat.Channel.To("alice"), m => m.Text.Contains("nobody reviewed it within 14 days"));
    }

    [Fact]
    public async Task Revoke_ByRequesterGivingAccessUp_RemovesTheRule()
    {
        await ActiveGrantAsync("alice", "lake.sales.orders");

        var reply = await Chat.Say("alice", "/odp revoke ODP-1");

        Assert.Contains("Revoked ODP-1", reply);
        Assert.Equal(TicketState.Revoked, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Empty(RulesAssert.Grants(Chat.Rules()));
    }

    [Fact]
    public async Task Revoke_ByOwner_TellsTheRequesterWhy()
    {
        await ActiveGrantAsync("alice", "lake.sales.orders");

        await Chat.Say("judy", "/odp revoke ODP-1 --reason \"project ended\"");

        Assert.Contains(Chat.Channel.To("alice"), m => m.Text.Contains("Revoked") && m.Text.Contains("project ended"));
        Assert.Empty(RulesAssert.Grants(Chat.Rules()));
    }

    [Fact]
    public async Task Revoke_BySomeoneNeitherRequesterNorOwner_IsRefused()
    {
        await ActiveGrantAsync("alice", "lake.sales.orders");

        var reply = await Chat.Say("carol", "/odp revoke ODP-1");

        Assert.Contains("Only the requester or an owner", reply);
        Assert.Single(RulesAssert.Grants(Chat.Rules()));
    }

    [Fact]
    public async Task Provisioning_InterruptedByARestart_ResumesAndFinishesOnce()
    {
        var blocking = new BlockingProvisioner();
        Chat = await Chat.RestartAsync(s => s.AddSingleton<IWorkspaceProvisioner>(blocking));
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await Chat.Say("bob", "/odp approve ODP-1");

        using var crash = new CancellationTokenSource();
        var run = Chat.ProvisionAsync(crash.Token);
        await blocking.Entered;
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var interrupted = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Provisioning, interrupted.State);
        Assert.Equal([StepStatus.Done, StepStatus.Running], interrupted.Steps.Select(s => s.Status));

        Chat = await Chat.RestartAsync(_ => { });
        await Chat.ProvisionAsync();

        var resumed = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Active, resumed.State);
        Assert.Single(resumed.Events, e => e.To == TicketState.Provisioning);
        Assert.Single(resumed.Events, e => e.To == TicketState.Active);
        Assert.Equal([("alice", "lake.sales.orders", "SELECT")], RulesAssert.Grants(Chat.Rules()));
        Assert.True(File.Exists(Path.Combine(Chat.DataPath, "workspaces", "analysts", "jupyterhub", "alice.json")));
        Assert.Single(Chat.Channel.ToTeam("analysts"));
    }

    [Fact]
    public async Task Retry_AfterTheFailedBackendRecovers_ResumesFromTheFailedStepAndGrantsAccess()
    {
        const string error = "Kubernetes refused Namespace odp-analysts: 500 InternalError: etcdserver: request timed out";
        var backend = new FailingProvisioner { Error = error };
        Chat = await Chat.RestartAsync(s =>
        {
            backend.Register(s);
            s.Configure<ProvisioningOptions>(o => o.StepRetries = 0);
        });
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await Chat.Say("bob", "/odp approve ODP-1");
        await Chat.ProvisionAsync();
        var failed = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Failed, failed.State);
        Assert.Contains(Chat.Channel.To("alice"), m => m.Text.Contains("workspace failed") && m.Text.Contains("etcdserver: request timed out"));
        Assert.Empty(RulesAssert.Grants(Chat.Rules()));

        backend.Error = null;
        var reply = await Chat.Say("alice", "/odp retry ODP-1");
        await Chat.ProvisionAsync();

        Assert.Contains("Retrying ODP-1 from the step that failed", reply);
        var active = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Active, active.State);
        Assert.Equal(failed.Steps[0], active.Steps[0]);
        Assert.Equal(2, backend.Calls);
        Assert.Equal([("alice", "lake.sales.orders", "SELECT")], RulesAssert.Grants(Chat.Rules()));
        Assert.Single(Chat.Channel.ToTeam("analysts"));
    }

    private async Task ActiveGrantAsync(string user, string dataset, string extra = "")
    {
        await Chat.Say(user, $"/odp request {dataset} --reason \"needed for the Q3 churn model\" {extra}");
        var id = (await Chat.Say(user, "/odp mine")).Split(' ', '\n').First(w => w.StartsWith("ODP-", StringComparison.Ordinal));
        await Chat.Say("bob", $"/odp approve {id}");
        await Chat.ProvisionAsync();
        Assert.Equal(TicketState.Active, (await Chat.TicketAsync(id)).State);
    }
}
