using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// A reason over its limit, a 10 MB line or an overlong name typed in chat: an error card that names the limit (the
/// engine's rule, as the REST API gets it; the parser's for a line too long to read), never repeats the text, and
/// changes nothing.
/// </summary>
public sealed class InputLimitTests : ConversationTest
{
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);
    private static readonly string LongReason = new('x', 2_001);
    private static readonly string LongName = new('x', 20_000);

    [Fact]
    public async Task Request_TenMegabyteReason_SaysTheCommandLimitAndFilesNothing()
    {
        var reply = await Chat.Say("alice", $"/odp request lake.sales.orders --reason \"{TenMegabytes}\"");

        Assert.Contains("A command can be at most 25,000 characters; yours has 10,485,802.", reply);
        Assert.True(reply.Length < 2000, $"The reply has {reply.Length} characters.");
        Assert.Contains("You have no requests", await Chat.Say("alice", "/odp mine"));
        Assert.Empty(Chat.Channel.Messages);
    }

    [Fact]
    public async Task Request_ReasonOverTheLimit_SaysTheLimitAndFilesNothing()
    {
        var reply = await Chat.Say("alice", $"/odp request lake.sales.orders --reason \"{LongReason}\"");

        Assert.Contains("A reason can be at most 2,000 characters; yours has 2,001.", reply);
        Assert.True(reply.Length < 2000, $"The reply has {reply.Length} characters.");
        Assert.Contains("You have no requests", await Chat.Say("alice", "/odp mine"));
        Assert.Empty(Chat.Channel.Messages);
    }

    [Fact]
    public async Task DenyAndRevoke_ReasonOverTheLimit_SayTheLimitAndChangeNothing()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var deny = await Chat.Say("bob", $"/odp deny ODP-1 --reason {LongReason}");
        await Chat.Say("bob", "/odp approve ODP-1");
        var revoke = await Chat.Say("bob", $"/odp revoke ODP-1 --reason {LongReason}");

        Assert.Contains("A reason can be at most 2,000 characters; yours has 2,001.", deny);
        Assert.Contains("A reason can be at most 2,000 characters; yours has 2,001.", revoke);
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

        Assert.Contains($"{what} can be at most 512 characters; yours has 20,00", reply);
        Assert.True(reply.Length < 2000, $"The reply has {reply.Length} characters.");
    }
}
