using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Terminal;

namespace Odp.Bot.Tests.Platforms.Terminal;

/// <summary>The local chat's screen: every message printed as it is sent, under whom it is for, and never mistaken for an answer.</summary>
public sealed class TerminalChannelTests
{
    private readonly StringWriter screen = new() { NewLine = "\n" };
    private readonly TerminalChannel terminal;

    public TerminalChannelTests() => terminal = new TerminalChannel(screen, new TerminalCardRenderer());

    [Fact]
    public void WriteAnswer_NothingInBetween_FollowsTheCommand()
    {
        terminal.BeginAnswer("alice", "alice> /odp mine");
        terminal.WriteAnswer(new TextReply("You have no requests yet."));

        Assert.Equal("alice> /odp mine\nYou have no requests yet.\n\n", screen.ToString());
    }

    [Fact]
    public async Task WriteAnswer_MessagesInBetween_HasItsOwnHeaderUnderThem()
    {
        terminal.BeginAnswer("alice", "alice> /odp request lake.sales.orders --reason \"Q3 churn model\"");
        await terminal.SendAsync(new Audience.User("bob"), new TextReply("Approve ODP-1?"), CancellationToken.None);
        terminal.WriteAnswer(new TextReply("Access requested: ODP-1"));

        Assert.Equal(
            "alice> /odp request lake.sales.orders --reason \"Q3 churn model\"\n"
            + "── to @bob · message #1 ──\nApprove ODP-1?\n\n"
            + "── answer to @alice ──\nAccess requested: ODP-1\n\n",
            screen.ToString());
    }

    [Fact]
    public async Task SendAndUpdate_BetweenCommands_PrintAtOnceNamingRecipientAndMessage()
    {
        var sent = await terminal.SendAsync(new Audience.Team("analysts"), new TextReply("Provisioning…"), CancellationToken.None);
        await terminal.UpdateAsync(sent!, new TextReply("Ready"), CancellationToken.None);
        terminal.BeginAnswer("bob", "bob> /odp pending");
        terminal.WriteAnswer(new TextReply("Nothing is waiting."));

        Assert.Equal(
            "── to #analysts · message #1 ──\nProvisioning…\n\n"
            + "── #analysts · message #1 updated in place ──\nReady\n\n"
            + "bob> /odp pending\nNothing is waiting.\n\n",
            screen.ToString());
    }

    [Fact]
    public async Task SendAsync_WhileThePromptWaits_PrintsOnItsOwnLinesAndShowsThePromptAgain()
    {
        terminal.Prompt("alice> ");
        await terminal.SendAsync(new Audience.User("alice"), new TextReply("ODP-1: Active"), CancellationToken.None);
        terminal.Prompt(null);

        Assert.Equal("alice> \n── to @alice · message #1 ──\nODP-1: Active\n\nalice> ", screen.ToString());
    }
}
