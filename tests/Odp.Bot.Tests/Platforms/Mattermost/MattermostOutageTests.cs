using System.Net;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>
/// Mattermost's user API fails: search, show and help (typed or pressed) never ask it who is asking; commands that
/// need to know say Mattermost can't be reached, and the failed lookup isn't repeated for every command.
/// </summary>
public sealed class MattermostOutageTests : IAsyncLifetime
{
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("search churn", "lake.marketing.customer_churn")]
    [InlineData("show lake.sales.orders", "lake.sales.orders")]
    [InlineData("help", "/odp search")]
    public async Task Commands_UserLookupFailing_AnswerWithoutALookup(string text, string expected)
    {
        bot.Server.FailNext(MattermostOperations.GetUser, 100, status: 503);

        var response = await bot.CommandAsync("carol", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Empty(bot.Server.Calls(MattermostOperations.GetUser));
    }

    [Fact]
    public async Task Actions_ShowPressedWhileUserLookupFails_AnswersWithoutALookup()
    {
        var results = JsonNode.Parse(await (await bot.CommandAsync("alice", "search churn")).Content.ReadAsStringAsync())!;
        bot.Server.FailNext(MattermostOperations.GetUser, 100, status: 503);
        var show = ContextOf(results, "/odp show");

        var response = await bot.Client.SendAsync(MattermostRequests.Action(MattermostBot.Actions,
            new MattermostActionCallback(MattermostBot.UserId("carol"), "post00000000000000000000001", show)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("customer_churn", await response.Content.ReadAsStringAsync());
        Assert.Empty(bot.Server.Calls(MattermostOperations.GetUser));
    }

    [Fact]
    public async Task Commands_UserLookupFailing_MineSaysMattermostCantBeReachedAndAsksOnce()
    {
        bot.Server.FailNext(MattermostOperations.GetUser, 3, status: 503);

        var first = await TextOf(await bot.CommandAsync("carol", "mine"));
        var asked = bot.Server.Calls(MattermostOperations.GetUser).Count;
        var second = await TextOf(await bot.CommandAsync("carol", "pending"));

        Assert.Contains("can't reach Mattermost right now", first);
        Assert.DoesNotContain("Something went wrong", first);
        Assert.Contains("can't reach Mattermost right now", second);
        Assert.Equal(asked, bot.Server.Calls(MattermostOperations.GetUser).Count);
    }

    /// <summary>The signed context of the button whose command starts with <paramref name="command"/> in a response.</summary>
    public static JsonObject ContextOf(JsonNode response, string command) =>
        (response["attachments"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(a => (a["actions"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(b => b["integration"]!["context"]!.AsObject())
            .First(c => c["command"]!.GetValue<string>().StartsWith(command, StringComparison.Ordinal));

    private static async Task<string> TextOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!.GetValue<string>();
    }
}
