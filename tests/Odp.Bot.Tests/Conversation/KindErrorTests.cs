using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>Every mistake gets an explicit, kind answer; nothing reaches the user as an exception.</summary>
public sealed class KindErrorTests : ConversationTest
{
    [Theory]
    [InlineData("/odp request lake.sales.ordrs --reason \"Q3 churn model\"", "There is no dataset lake.sales.ordrs. Did you mean lake.sales.orders or ")]
    [InlineData("/odp request sales.orders --reason \"Q3 churn model\"", "is not a table name")]
    [InlineData("/odp request lake.sales.orders --reason short", "at least 10 characters")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --for 120d", "at most 90d")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --for soon", "'soon' is not a duration")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --access admin", "--access is read or write")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --workspace finance-owners", "only request into a team you belong to")]
    [InlineData("/odp request lake.sales.orders", "needs --reason")]
    [InlineData("/odp approve ODP-99", "There is no ticket ODP-99")]
    [InlineData("/odp approve 12", "'12' is not a ticket id")]
    [InlineData("/odp show lake.sales.ordrs", "Did you mean lake.sales.orders")]
    [InlineData("/odp search tag:", "tag: needs a value")]
    [InlineData("/odp serach churn", "Did you mean `search`?")]
    [InlineData("/odp request \"lake.sales.orders", "never closed")]
    [InlineData("/odp workspace status finance-owners", "not in the team finance-owners")]
    public async Task Say_BadInput_ExplainsWhatToDo(string text, string expected)
    {
        var reply = await Chat.Say("alice", text);

        Assert.Contains(expected, reply);
        Assert.DoesNotContain("Exception", reply);
        Assert.DoesNotContain("Something went wrong", reply);
    }

    [Theory]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --for 120d", "Usage: /odp request <catalog.schema.table> --reason")]
    [InlineData("/odp search tag:", "Usage: /odp search <words>")]
    [InlineData("/odp approve ODP-x", "Usage: /odp approve <ODP-n>")]
    public async Task Say_InvalidRequestFromTheEngine_ShowsTheCommandsUsage(string text, string usage)
    {
        var reply = await Chat.Say("alice", text);

        Assert.Contains(usage, reply);
    }

    [Fact]
    public async Task Say_UnknownTicket_NotFoundNeedsNoUsage()
    {
        var reply = await Chat.Say("alice", "/odp status ODP-99");

        Assert.Contains("There is no ticket ODP-99. List your tickets to find its id.", reply);
        Assert.DoesNotContain("Usage:", reply);
    }

    [Fact]
    public async Task Say_ByUnknownUser_SaysToAskAnAdmin()
    {
        var reply = await Chat.Say("mallory", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        Assert.Contains("I don't know a user 'mallory'", reply);
    }

    [Fact]
    public async Task Search_Miss_SuggestsTheClosestWords()
    {
        var reply = await Chat.Say("alice", "/odp search chrun");

        Assert.Contains("churn", reply);
    }

    [Fact]
    public async Task Search_ManyHits_PagesWithAMoreButton()
    {
        var first = await Chat.Say("alice", "/odp search domain:sales");
        var second = await Chat.Say("alice", "/odp search domain:sales --page 2");

        Assert.Contains("[More → /odp search domain:sales --page 2]", first);
        Assert.DoesNotContain("--page 3", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Search_PagePastTheEnd_SaysSoAndOffersTheLastPage()
    {
        var reply = await Chat.Say("alice", "/odp search churn --page 5");

        Assert.Contains("Page 5 is past the end: 2 datasets match, on 1 page.", reply);
        Assert.Contains("[Last page → /odp search churn --page 1]", reply);
        Assert.DoesNotContain("No datasets match", reply);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var reply = await Chat.Say("alice", "/odp help");

        foreach (var command in new[] { "search", "show", "request", "status", "mine", "pending", "approve", "deny", "cancel", "revoke", "workspace" })
            Assert.Contains($"/odp {command}", reply);
    }
}
