using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Errors;
using Odp.Engine.Workspaces.Members;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Tests.Fakes.JupyterHub;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// <c>/odp workspace launch|stop|status</c> with a JupyterHub (the fake one): only a member holding an Active grant in
/// the team launches a server; others hear why and how to get access, and the hub sees nothing. Links are the hub's,
/// although <c>Odp:Workspaces:JupyterUrl</c> names another host (<c>jupyter.test</c>).
/// </summary>
public sealed class WorkspaceLaunchTests : IAsyncLifetime
{
    private FakeJupyterHub hub = null!;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        hub = await FakeJupyterHub.StartAsync();
        chat = ChatHarness.Start(settings: new Dictionary<string, string?>
        {
            ["Odp:JupyterHub:Url"] = hub.Url,
            ["Odp:JupyterHub:Token"] = FakeJupyterHub.Token,
        });
    }

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await hub.DisposeAsync();
    }

    [Fact]
    public async Task LaunchAsync_PendingRequestOnly_RefusedInWordsWithATicketStatusHint()
    {
        await ActiveAsync("alice");
        await chat.Say("carol", "/odp request lake.sales.order_items --reason \"basket sizes\" --workspace analysts");
        var members = chat.Services.GetRequiredService<MemberWorkspaces>();

        var e = await Assert.ThrowsAsync<NotAllowedException>(() => members.LaunchAsync("carol", "analysts", CancellationToken.None));

        Assert.Equal(
            "You can't launch a Jupyter server in analysts yet: it runs only while you hold live access to data there. Your request ODP-2 for lake.sales.order_items is waiting for an owner of lake.sales.order_items to approve it.",
            e.Message);
        Assert.Equal(new TicketStatusHint("ODP-2"), e.Hint);
        Assert.DoesNotContain("carol", hub.Users);
    }

    [Fact]
    public async Task Say_LaunchWithoutAGrantInTheTeam_ExplainsHowToGetAccessAndStartsNothing()
    {
        await ActiveAsync("alice");

        var reply = await chat.Say("carol", "/odp workspace launch analysts");

        Assert.Contains("You can't launch a Jupyter server in analysts yet", reply);
        Assert.Contains("live access to data there", reply);
        Assert.Contains("/odp request DATASET --reason \"why\" --workspace analysts", reply);
        Assert.DoesNotContain("Something went wrong", reply);
        Assert.DoesNotContain("carol", hub.Users);
        Assert.DoesNotContain(hub.Calls, c => c.Path.StartsWith("users/carol", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Say_LaunchWhileTheRequestWaitsForApproval_SaysWhoItWaitsFor()
    {
        await ActiveAsync("alice");
        await chat.Say("carol", "/odp request lake.sales.order_items --reason \"basket sizes\" --workspace analysts");

        var reply = await chat.Say("carol", "/odp workspace launch analysts");

        Assert.Contains("Your request ODP-2 for lake.sales.order_items is waiting for an owner of lake.sales.order_items to approve it", reply);
        Assert.Contains("/odp status ODP-2", reply);
        Assert.DoesNotContain("carol", hub.Users);
    }

    [Fact]
    public async Task Say_LaunchAfterTheGrantExpired_SaysItEndedAndLeavesTheServerStopped()
    {
        await ActiveAsync("alice", "7d");
        await chat.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.False(Assert.Single(hub.Servers).Active);

        var reply = await chat.Say("alice", "/odp workspace launch analysts");

        Assert.Contains("Your last access there, ODP-1 to lake.sales.orders, was expired", reply);
        Assert.False(Assert.Single(hub.Servers).Active);
        Assert.Equal(1, hub.Spawns);
    }

    [Fact]
    public async Task Say_StopThenLaunchWithAnActiveGrant_StartsTheServerAgainAtTheHubsUrl()
    {
        await ActiveAsync("alice");

        var stopped = await chat.Say("alice", "/odp workspace stop analysts");
        Assert.Contains("is stopped", stopped);
        Assert.False(Assert.Single(hub.Servers).Active);

        var launched = await chat.Say("alice", "/odp workspace launch analysts");

        Assert.Equal($"Your Jupyter server for analysts is running: {hub.Url}/user/alice/analysts/", launched);
        Assert.True(Assert.Single(hub.Servers).Ready);
        Assert.Equal(2, hub.Spawns);
    }

    [Fact]
    public async Task Say_StatusAfterATeammatesProvisioning_StillLinksTheServerTheHubStarted()
    {
        await ActiveAsync("alice");
        await ActiveAsync("carol", dataset: "lake.sales.order_items");

        var status = await chat.Say("alice", "/odp workspace status analysts");

        Assert.Contains($"your Jupyter: {hub.Url}/user/alice/analysts/, running", status);
        Assert.DoesNotContain("jupyter.test", status);
        var ready = chat.Channel.ToTeam("analysts").Select(m => m.Text).ToList();
        Assert.Equal(2, ready.Count);
        Assert.Contains($"[Open Jupyter → {hub.Url}/user/alice/analysts/]", ready[0]);
        Assert.Contains($"[Open Jupyter → {hub.Url}/user/carol/analysts/]", ready[1]);
    }

    [Fact]
    public async Task Say_LaunchByATeammateUnderATeamGrant_StartsTheirServer()
    {
        await ActiveAsync("alice", team: true);

        var launched = await chat.Say("erin", "/odp workspace launch analysts");

        Assert.Equal($"Your Jupyter server for analysts is running: {hub.Url}/user/erin/analysts/", launched);
        Assert.Contains("erin", hub.Users);
    }

    [Fact]
    public async Task Say_RevokeATeamGrant_StopsEveryTeammatesServerButNotOnesWithTheirOwnGrant()
    {
        await ActiveAsync("alice", team: true);
        await ActiveAsync("carol", dataset: "lake.sales.order_items");
        await chat.Say("erin", "/odp workspace launch analysts");
        Assert.All(hub.Servers, s => Assert.True(s.Active));

        Assert.Contains("Revoked", await chat.Say("bob", "/odp revoke ODP-1 --reason \"project over\""));

        Assert.False(Assert.Single(hub.Servers, s => s.User == "alice").Active);
        Assert.False(Assert.Single(hub.Servers, s => s.User == "erin").Active);
        Assert.True(Assert.Single(hub.Servers, s => s.User == "carol").Active);
    }

    /// <summary><paramref name="user"/> asks for a sales table for analysts, bob approves, the worker provisions it.</summary>
    private async Task ActiveAsync(string user, string duration = "30d", string dataset = "lake.sales.orders", bool team = false)
    {
        var scope = team ? "--team analysts" : "--workspace analysts";
        var receipt = await chat.Say(user, $"/odp request {dataset} --reason \"Q3 churn model\" --for {duration} {scope}");
        var id = Regex.Match(receipt, @"ODP-\d+").Value;
        Assert.Contains("Approved", await chat.Say("bob", $"/odp approve {id}"));
        await chat.ProvisionAsync();
        Assert.Contains(chat.Channel.To(user), m => m.Text.Contains("Access is live"));
    }
}
