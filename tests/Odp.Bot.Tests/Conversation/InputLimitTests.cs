using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// A 10 MB reason or an overlong name typed in chat: an error card that names the limit (the engine's rule, as the REST API
/// gets it), never repeats the text, and changes nothing.
/// </summary>
public sealed class InputLimitTests : ConversationTest
{
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);
    private static readonly string LongName = new('x', 100_000);

    [Fact]
    public async Task Request_TenMegabyteReason_SaysTheLimitAndFilesNothing()
    {
        var reply = await Chat.Say("alice", $"/odp request lake.sales.orders --reason \"{TenMegabytes}\"");

        Assert.Contains("A reason can be at most 2,000 characters; yours has 10,485,760.", reply);
        Assert.True(reply.Length < 2000, $"The reply has {reply.Length} characters.");
        Assert.Contains("You have no requests", await Chat.Say("alice", "/odp mine"));
        Assert.Empty(Chat.Channel.Messages);
    }

    [Fact]
    public async Task DenyAndRevoke_TenMegabyteReason_SayTheLimitAndChangeNothing()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var deny = await Chat.Say("bob", $"/odp deny ODP-1 --reason {TenMegabytes}");
        await Chat.Say("bob", "/odp approve ODP-1");
        var revoke = await Chat.Say("bob", $"/odp revoke ODP-1 --reason {TenMegabytes}");

        Assert.Contains("A reason can be at most 2,000 characters; yours has 10,485,760.", deny);
        Assert.Contains("A reason can be at most 2,000 characters; yours has 10,485,760.", revoke);
        Assert.Equal(Odp.Engine.Tickets.TicketState.Approved, (await Chat.TicketAsync("ODP-1")).State);
    }

    [Theory]
    [InlineData("/odp request {0} --reason \"Q3 churn model\"", "A dataset name")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --team {0}", "A team name")]
    [InlineData("/odp request lake.sales.orders --reason \"Q3 churn model\" --access {0}", "--access")]
    [InlineData("/odp status ODP-{0}", "A ticket id")]
    [InlineData("/odp workspace status {0}", "A team name")]
    [InlineData("/odp why lake.sales.orders {0}", "A user name")]
    public async Task Say_OverlongName_SaysTheLimitWithoutRepeatingIt(string command, string what)
    {
        var reply = await Chat.Say("alice", string.Format(System.Globalization.CultureInfo.InvariantCulture, command, LongName));

        Assert.Contains($"{what} can be at most 512 characters; yours has 100,00", reply);
        Assert.True(reply.Length < 2000, $"The reply has {reply.Length} characters.");
    }
}
