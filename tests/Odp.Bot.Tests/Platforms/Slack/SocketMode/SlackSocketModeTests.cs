using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.SocketMode;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Bot.Tests.Fakes.Slack.SocketMode;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Slack.SocketMode;

/// <summary>
/// The real host in Socket Mode only (an app token, no signing secret) against a fake Slack and its Socket Mode
/// side: envelopes run through the same handlers as HTTP and are acked; the connection survives Slack's
/// disconnects, dropped sockets, junk frames and redeliveries.
/// </summary>
[Collection(SocketModeCollection.Name)]
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-A0FAKE-socket-mode-token";
    private static readonly TimeSpan Patience = SlackBot.Patience;

    private SlackBot bot = null!;
    private FakeSlackSocketModeServer socket = null!;

    public async Task InitializeAsync()
    {
        bot = await SlackBot.StartAsync(
            s =>
            {
                s["Odp:Slack:AppToken"] = AppToken;
                s["Odp:Slack:SigningSecret"] = "";
            },
            async slack =>
            {
                slack.AppToken = AppToken;
                socket = await FakeSlackSocketModeServer.StartNewAsync(slack);
            });
        await socket.WaitForConnectionAsync(1, Patience);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await socket.DisposeAsync();
    }

    [Fact]
    public void Start_WithAnAppToken_OpensTheConnectionWithTheAppToken()
    {
        var open = Assert.Single(bot.Slack.Calls("apps.connections.open"));
        Assert.Equal("Bearer " + AppToken, open.Authorization);
        Assert.Equal(1, socket.Connections);
    }

    [Fact]
    public async Task SlashCommand_QuickSearch_IsAnsweredInTheAckPayload()
    {
        var id = await socket.SendEnvelopeAsync("slash_commands", Command("U0ALICE", "search churn"));

        var ack = await socket.WaitForAckAsync(id, Patience);
        var payload = ack["payload"]!;
        Assert.Equal("ephemeral", payload["response_type"]!.GetValue<string>());
        Assert.Contains("lake.marketing.customer_churn", payload["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task SlashCommand_Request_IsAckedAtOnceThenAnsweredThroughResponseUrlAndTheOwnerIsAsked()
    {
        var responseUrl = bot.Slack.NewResponseUrl();

        var id = await socket.SendEnvelopeAsync("slash_commands", Command("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"", responseUrl));

        var ack = await socket.WaitForAckAsync(id, Patience);
        Assert.Null(ack["payload"]);
        await bot.Slack.WaitForAsync(c => c.Method == FakeSlackServer.ResponseUrlMethod && c.Path == responseUrl.AbsolutePath, Patience);
        Assert.Contains("ODP-1", Assert.Single(bot.Slack.ResponsesTo(responseUrl)).ToJsonString());
        var ask = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        Assert.Contains(SlackBot.Buttons(ask), b => b["value"]!.GetValue<string>() == "/odp approve ODP-1");
    }

    [Fact]
    public async Task Interactive_OwnerPressesApprove_IsAckedAndApprovesTheTicket()
    {
        await socket.SendEnvelopeAsync("slash_commands", Command("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\""));
        var ask = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        var responseUrl = bot.Slack.NewResponseUrl();

        var id = await socket.SendEnvelopeAsync("interactive", SlackBot.PressPayload("U0BOB", ask, "/odp approve", responseUrl));

        await socket.WaitForAckAsync(id, Patience);
        await bot.Slack.WaitForAsync(c => c.Method == FakeSlackServer.ResponseUrlMethod && c.Path == responseUrl.AbsolutePath, Patience);
        var ticket = await bot.TicketAsync("ODP-1");
        Assert.NotNull(ticket);
        Assert.NotEqual(TicketState.Pending, ticket.State);
        Assert.NotNull(ticket.DecidedBy);
    }

    [Fact]
    public async Task Interactive_LinkButtonAndEvents_AreAckedAndRunNothing()
    {
        var link = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U0ALICE" },
            ["response_url"] = bot.Slack.NewResponseUrl().ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "odp:link", ["url"] = "https://example.com/dash", ["type"] = "button" }),
        };

        var pressed = await socket.SendEnvelopeAsync("interactive", link);
        var evented = await socket.SendEnvelopeAsync("events_api", new JsonObject { ["type"] = "event_callback", ["event"] = new JsonObject { ["type"] = "app_mention" } }, acceptsResponsePayload: false);

        Assert.Null((await socket.WaitForAckAsync(pressed, Patience))["payload"]);
        Assert.Null((await socket.WaitForAckAsync(evented, Patience))["payload"]);
        await bot.IdleAsync();
        Assert.Empty(bot.Slack.Calls(FakeSlackServer.ResponseUrlMethod));
    }

    [Fact]
    public async Task Disconnect_RefreshRequested_OpensANewConnectionThenClosesTheOld()
    {
        await socket.SendDisconnectAsync("refresh_requested");

        await socket.WaitForConnectionAsync(2, Patience);
        await socket.WaitForClientCloseAsync(1, Patience);
        Assert.Equal(2, bot.Slack.Calls("apps.connections.open").Count);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task DroppedConnection_ReconnectsAfterABackoff()
    {
        await socket.DropConnectionAsync();

        await socket.WaitForConnectionAsync(2, Patience); // after about SlackSocketModeBackoff.Initial
        var opens = bot.Slack.Calls("apps.connections.open");
        Assert.Equal(2, opens.Count);
        Assert.True(opens[1].At - opens[0].At >= SlackSocketModeBackoff.Initial * 0.9, $"reconnected after {opens[1].At - opens[0].At}");
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"hello\"")]
    [InlineData("{\"type\":\"mystery\"}")]
    [InlineData("{\"envelope_id\":\"no-payload\",\"type\":\"slash_commands\"}")]
    [InlineData("{\"envelope_id\":\"no-user\",\"type\":\"slash_commands\",\"payload\":{\"text\":\"mine\"}}")]
    [InlineData("{\"envelope_id\":\"bad-press\",\"type\":\"interactive\",\"payload\":{\"type\":\"block_actions\"}}")]
    [InlineData("{\"envelope_id\":\"\\ud800\",\"type\":\"slash_commands\",\"payload\":{\"user_id\":\"U0ALICE\",\"text\":\"mine\"}}")]
    [InlineData("{\"envelope_id\":\"surrogate\",\"type\":\"slash_commands\",\"payload\":{\"\\udc00\":1,\"user_id\":\"U0ALICE\",\"text\":\"mine\"}}")]
    public async Task MalformedFrame_IsSkippedAndTheConnectionKeepsWorking(string frame)
    {
        await socket.SendRawAsync(frame);

        await AssertStillAnswersAsync(fragments: 4);
        Assert.Equal(1, socket.Connections);
        Assert.All(socket.Acks, a => Assert.True(a["payload"] is null || a["payload"]!["blocks"] is not null));
    }

    [Fact]
    public async Task RedeliveredEnvelope_SameIdRetried_FilesOneTicket()
    {
        var responseUrl = bot.Slack.NewResponseUrl();
        var request = Command("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"", responseUrl);

        var id = await socket.SendEnvelopeAsync("slash_commands", request);
        await socket.SendEnvelopeAsync("slash_commands", request, envelopeId: id, retryAttempt: 1);

        await socket.WaitForAckAsync(id, Patience, nth: 2);
        await bot.Slack.WaitForAsync(c => c.Method == FakeSlackServer.ResponseUrlMethod && c.Path == responseUrl.AbsolutePath, Patience);
        await bot.IdleAsync();
        Assert.Single(bot.Slack.ResponsesTo(responseUrl));
        Assert.NotNull(await bot.TicketAsync("ODP-1"));
        Assert.Null(await bot.TicketAsync("ODP-2"));
    }

    [Fact]
    public async Task SlashCommand_SearchWhileUsersInfoFails_IsAnsweredWithoutALookup()
    {
        bot.Slack.ServerErrorNext("users.info", 100);

        var id = await socket.SendEnvelopeAsync("slash_commands", Command("U0CAROL", "search churn"));

        var ack = await socket.WaitForAckAsync(id, Patience);
        Assert.Contains("lake.marketing.customer_churn", ack["payload"]!["blocks"]!.ToJsonString());
        Assert.Empty(bot.Slack.Calls("users.info"));
    }

    [Fact]
    public async Task RedeliveredEnvelope_QuickCommand_IsAnsweredAgain()
    {
        var search = Command("U0ALICE", "search churn");

        var id = await socket.SendEnvelopeAsync("slash_commands", search);
        await socket.SendEnvelopeAsync("slash_commands", search, envelopeId: id, retryAttempt: 1);

        var again = await socket.WaitForAckAsync(id, Patience, nth: 2);
        Assert.Contains("lake.marketing.customer_churn", again["payload"]!["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task Burst_MoreEnvelopesThanHandledAtOnce_EveryOneIsAnswered()
    {
        var ids = new List<string>();
        for (var i = 0; i < SlackSocketModeClient.MaxInFlight * 3; i++)
        {
            ids.Add(await socket.SendEnvelopeAsync("slash_commands", Command("U0ALICE", i % 2 == 0 ? "search churn" : $"search orders{i}")));
        }

        foreach (var id in ids)
        {
            var ack = await socket.WaitForAckAsync(id, Patience);
            Assert.NotNull(ack["payload"]!["blocks"]);
        }
    }

    [Fact]
    public async Task Http_SocketModeOnly_EndpointsAreNotMapped()
    {
        var response = await bot.PostSignedAsync("/slack/commands", "application/x-www-form-urlencoded", "user_id=U0ALICE&text=mine", secret: "");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stop_RightAfterConnecting_ClosesTheSocketWithACloseFrame()
    {
        var current = socket.Connections;

        await bot.DisposeAsync();

        await socket.WaitForClientCloseAsync(current, Patience);
    }

    [Fact]
    public async Task Stop_WhileReading_ClosesTheSocketWithACloseFrame()
    {
        await AssertStillAnswersAsync();
        var current = socket.Connections;

        await bot.DisposeAsync();

        await socket.WaitForClientCloseAsync(current, Patience);
    }

    private async Task AssertStillAnswersAsync(int fragments = 1)
    {
        var envelope = new JsonObject
        {
            ["envelope_id"] = "still-" + Guid.NewGuid().ToString("N"),
            ["type"] = "slash_commands",
            ["payload"] = Command("U0ALICE", "search churn"),
            ["accepts_response_payload"] = true,
            ["retry_attempt"] = 0,
            ["retry_reason"] = "",
        };
        await socket.SendRawAsync(envelope.ToJsonString(), fragments);
        var ack = await socket.WaitForAckAsync(envelope["envelope_id"]!.GetValue<string>(), Patience);
        Assert.Contains("lake.marketing.customer_churn", ack["payload"]!["blocks"]!.ToJsonString());
    }

    private JsonObject Command(string slackUser, string text, Uri? responseUrl = null) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = "T0FAKE0001",
        ["team_domain"] = "fake",
        ["channel_id"] = "C0GENERAL",
        ["channel_name"] = "general",
        ["user_id"] = slackUser,
        ["user_name"] = slackUser.ToLowerInvariant(),
        ["command"] = "/odp",
        ["text"] = text,
        ["api_app_id"] = FakeSlackSocketModeServer.AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = (responseUrl ?? bot.Slack.NewResponseUrl()).ToString(),
        ["trigger_id"] = "1.2.3",
    };
}
