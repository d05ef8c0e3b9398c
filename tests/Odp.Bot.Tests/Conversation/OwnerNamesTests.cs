using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// Search results and refusals name a dataset's owners as <c>/odp show</c> does: the group's name and its people,
/// never a raw <c>group:…</c> reference; each distinct owner is looked up once per answer.
/// </summary>
public sealed class OwnerNamesTests : ConversationTest
{
    [Fact]
    public async Task Search_GroupOwnedDatasets_ShowTheGroupsNameAndPeople()
    {
        var reply = await Chat.Say("alice", "/odp search churn");

        Assert.Contains("Owners: Marketing data owners (Carol Marketer)", reply);
        Assert.Contains("Owners: Data science team (Erin Scientist, Ivan Product)", reply);
        Assert.DoesNotContain("group:", reply);
    }

    [Fact]
    public async Task Show_GroupOwnedDataset_ShowsTheSameOwnersAsSearch()
    {
        var reply = await Chat.Say("alice", "/odp show lake.sales.orders");

        Assert.Contains("Owners: Sales data owners (Bob Owner, Judy Sales Lead)", reply);
    }

    [Fact]
    public async Task Approve_ByNonOwner_TheRefusalNamesTheOwnersPeople()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var reply = await Chat.Say("carol", "/odp approve ODP-1");

        Assert.Contains("Only an owner of lake.sales.orders can approve ODP-1. Its owners are Sales data owners (Bob Owner, Judy Sales Lead).", reply);
    }

    [Fact]
    public async Task Approve_OwnRequestByANonOwner_SaysWhoTheOwnersAre()
    {
        await Chat.Say("carol", "/odp request lake.sales.orders --reason \"Q3 campaign model\"");

        var reply = await Chat.Say("carol", "/odp approve ODP-1");

        Assert.Contains("Only an owner of lake.sales.orders can approve ODP-1. Its owners are Sales data owners (Bob Owner, Judy Sales Lead).", reply);
        Assert.DoesNotContain("even as an owner", reply);
    }

    [Fact]
    public async Task Search_ManyHitsOfOneOwner_LooksEachOwnerUpOnce()
    {
        var directory = new CountingDirectory();
        await using var chat = ChatHarness.Start(services => services.AddSingleton<IDirectory>(directory));

        var reply = await chat.Say("alice", "/odp search domain:sales");

        Assert.Contains("Showing 5 of", reply);
        Assert.Contains("Owners: Sales data owners (Bob Owner, Judy Sales Lead)", reply);
        Assert.Single(directory.Lookups, l => l == "members:sales-owners");
        Assert.Single(directory.Lookups, l => l == "group:sales-owners");
    }
}
