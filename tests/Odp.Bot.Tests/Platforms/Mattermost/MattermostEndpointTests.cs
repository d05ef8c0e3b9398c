using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Mattermost;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>The Mattermost endpoints trust only known command tokens and the bot's own signed button contexts.</summary>
public sealed class MattermostEndpointTests : IAsyncLifetime
{
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Commands_QuickSearch_AnswersInlineWithResponseTypeAndAttachments()
    {
        var response = await bot.CommandAsync("alice", "search churn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("lake.marketing.customer_churn", body.ToJsonString());
        Assert.NotNull(body["attachments"]);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task Commands_BadToken_Is401AndNothingHappens(string token)
    {
        var response = await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"", token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await bot.Host.IdleAsync();
        Assert.Null(await bot.Host.TicketAsync("ODP-1"));
        Assert.Empty(bot.Server.AllCalls);
    }

    [Fact]
    public async Task Commands_TokenInTheFormInsteadOfTheHeader_IsAccepted()
    {
        var fields = new MattermostSlashCommandForm(MattermostBot.CommandToken, "mine", bot.Server.NewResponseUrl())
            { UserId = MattermostBot.UserId("alice") }.Fields();
        using var request = MattermostRequests.SlashCommand(MattermostBot.Commands, "", fields);
        request.Headers.Remove("Authorization");

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Commands_UnknownUser_GetsAnEphemeralSayingWhatToAskAnAdmin()
    {
        var response = await bot.CommandAsync("stranger", "mine");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("stranger@elsewhere.test", body["text"]!.GetValue<string>());
        Assert.Contains("Ask an admin", body["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"user_id\":\"useralice\"}")]
    public async Task Actions_Malformed_Are400(string body)
    {
        var response = await bot.Client.PostAsync(MattermostBot.Actions, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("command")]
    [InlineData("sig")]
    [InlineData("nonce")]
    [InlineData("unsigned")]
    public async Task Actions_ForgedOrAlteredContext_IsRefusedAndTheTicketStays(string tamper)
    {
        await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        var card = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));

        var response = await bot.PressAsync("bob", card, "/odp deny", context => tamper switch
        {
            "command" => Set(context, "command", "/odp approve ODP-1"),
            "sig" => Set(context, "sig", new string('0', 64)),
            "nonce" => Set(context, "nonce", "00"),
            _ => new JsonObject { ["command"] = "/odp approve ODP-1" },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TicketState.Pending, (await bot.Host.TicketAsync("ODP-1"))!.State);
    }

    private static JsonObject Set(JsonObject context, string key, string value)
    {
        context[key] = value;
        return context;
    }
}
