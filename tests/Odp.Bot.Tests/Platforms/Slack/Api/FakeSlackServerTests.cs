using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>The fake Slack itself, driven with raw HTTP: token checks, Slack's limits, update rules, waiting.</summary>
public sealed class FakeSlackServerTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private FakeSlackServer slack = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartNewAsync();
        slack.AddUser("U0ANALYST1", "ana", "ana@example.com");
        slack.AddChannel("C0GENERAL1");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await slack.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> Call(string method, JsonObject body, string? token = "bot")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, slack.ApiUrl + method) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "bot" ? slack.BotToken : token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static JsonArray Sections(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"#{i}" } })];

    [Theory]
    [InlineData(null, "not_authed")]
    [InlineData("xoxb-wrong", "invalid_auth")]
    public async Task PostMessage_BadToken_AnswersHttp200WithSlacksCode(string? token, string error)
    {
        var (status, body) = await Call("chat.postMessage", new JsonObject { ["channel"] = "C0GENERAL1", ["text"] = "hi" }, token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal(error, body["error"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(51, 10, "invalid_blocks")]
    [InlineData(0, 40_001, "msg_too_long")]
    [InlineData(0, 0, "no_text")]
    public async Task PostMessage_BeyondSlacksLimits_IsRefused(int blocks, int textLength, string error)
    {
        var request = new JsonObject { ["channel"] = "C0GENERAL1", ["text"] = new string('x', textLength) };
        if (blocks > 0) request["blocks"] = Sections(blocks);

        var (_, body) = await Call("chat.postMessage", request);

        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.Empty(slack.Messages);
    }

    [Fact]
    public async Task PostMessage_FiftyBlocks_IsAccepted()
    {
        var (_, body) = await Call("chat.postMessage", new JsonObject { ["channel"] = "C0GENERAL1", ["text"] = "t", ["blocks"] = Sections(50) });

        Assert.True(body["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PostMessage_FormBody_IsAccepted()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = slack.BotToken, ["channel"] = "C0GENERAL1", ["text"] = "hi", ["blocks"] = Sections(1).ToJsonString(),
        });

        using var response = await http.PostAsync(slack.ApiUrl + "chat.postMessage", form);

        Assert.Contains("\"ok\":true", await response.Content.ReadAsStringAsync());
        Assert.Single(Assert.Single(slack.Messages).Blocks!);
    }

    [Fact]
    public async Task Update_TextWithoutBlocks_RemovesBlocks_AndNoTextKeepsText()
    {
        var (_, posted) = await Call("chat.postMessage", new JsonObject { ["channel"] = "C0GENERAL1", ["text"] = "v1", ["blocks"] = Sections(2) });
        var ts = posted["ts"]!.GetValue<string>();

        await Call("chat.update", new JsonObject { ["channel"] = "C0GENERAL1", ["ts"] = ts, ["text"] = "v2" });
        Assert.Null(Assert.Single(slack.Messages).Blocks);

        await Call("chat.update", new JsonObject { ["channel"] = "C0GENERAL1", ["ts"] = ts, ["blocks"] = Sections(1) });
        var message = Assert.Single(slack.Messages);
        Assert.Equal("v2", message.Text);
        Assert.Single(message.Blocks!);
    }

    [Fact]
    public async Task Update_EphemeralTs_IsMessageNotFound()
    {
        var (_, ephemeral) = await Call("chat.postEphemeral", new JsonObject { ["channel"] = "C0GENERAL1", ["user"] = "U0ANALYST1", ["text"] = "psst" });

        var (_, body) = await Call("chat.update", new JsonObject { ["channel"] = "C0GENERAL1", ["ts"] = ephemeral["message_ts"]!.DeepClone(), ["text"] = "x" });

        Assert.Equal("message_not_found", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConversationsOpen_ReturnImTwice_SaysAlreadyOpen()
    {
        var (_, first) = await Call("conversations.open", new JsonObject { ["users"] = "U0ANALYST1", ["return_im"] = true });
        var (_, second) = await Call("conversations.open", new JsonObject { ["users"] = "U0ANALYST1", ["return_im"] = true });

        Assert.Null(first["already_open"]);
        Assert.True(second["already_open"]!.GetValue<bool>());
        Assert.Equal(first["channel"]!["id"]!.GetValue<string>(), second["channel"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task WaitFor_CallRecordedLater_Completes()
    {
        var wait = slack.WaitForAsync(c => c.Method == "users.info", TimeSpan.FromSeconds(10));
        Assert.False(wait.IsCompleted);

        await Call("users.info", new JsonObject { ["user"] = "U0ANALYST1" });

        Assert.Equal(200, (await wait).Status);
    }

    [Fact]
    public async Task WaitFor_NoMatch_TimesOutListingRecordedCalls()
    {
        await Call("users.info", new JsonObject { ["user"] = "U0ANALYST1" });

        var e = await Assert.ThrowsAsync<TimeoutException>(() => slack.WaitForAsync(c => c.Method == "chat.update", TimeSpan.FromMilliseconds(50)));

        Assert.Contains("users.info", e.Message);
    }
}
