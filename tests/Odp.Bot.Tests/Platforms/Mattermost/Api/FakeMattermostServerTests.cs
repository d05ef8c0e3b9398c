using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>The fake itself, over plain HTTP: the documented checks it makes and the error shape it answers.</summary>
public sealed class FakeMattermostServerTests : IAsyncLifetime
{
    private FakeMattermostServer mattermost = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        mattermost = await FakeMattermostServer.StartNewAsync();
        mattermost.AddUser("userana0000000000000000001", "ana", "ana@example.com");
        http = new HttpClient { BaseAddress = mattermost.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await mattermost.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? json = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text) as JsonObject : null);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrongtoken")]
    public async Task UsersMe_MissingOrWrongBearer_Answers401SessionExpired(string? bearer)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "api/v4/users/me", bearer: bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.NotNull(body);
        Assert.Equal(["id", "message", "request_id", "status_code"], body.Select(p => p.Key));
        Assert.Equal("api.context.session_expired.app_error", body["id"]!.GetValue<string>());
        Assert.Equal("Invalid or expired session, please login again.", body["message"]!.GetValue<string>());
        Assert.NotEmpty(body["request_id"]!.GetValue<string>());
        Assert.Equal(401, body["status_code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""["odpbot0000000000000000000a"]""")]
    [InlineData("""["odpbot0000000000000000000a","userana0000000000000000001","userana0000000000000000001"]""")]
    [InlineData("""{"user_ids":["odpbot0000000000000000000a","userana0000000000000000001"]}""")]
    public async Task ChannelsDirect_NotExactlyTwoIds_Answers400(string json)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "api/v4/channels/direct", json, mattermost.BotToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("api.context.invalid_body_param.app_error", body!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChannelsDirect_EitherOrder_AnswersTheSameChannel()
    {
        var (_, first) = await SendAsync(HttpMethod.Post, "api/v4/channels/direct", """["odpbot0000000000000000000a","userana0000000000000000001"]""", mattermost.BotToken);
        var (status, second) = await SendAsync(HttpMethod.Post, "api/v4/channels/direct", """["userana0000000000000000001","odpbot0000000000000000000a"]""", mattermost.BotToken);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(first!["id"]!.GetValue<string>(), second!["id"]!.GetValue<string>());
        Assert.Equal("D", second["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownRouteAndUnknownHook_Answer404()
    {
        var (route, routeBody) = await SendAsync(HttpMethod.Get, "api/v4/teams", bearer: mattermost.BotToken);
        var (hook, hookBody) = await SendAsync(HttpMethod.Post, "hooks/commands/nosuchhook", """{"text":"x"}""");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (route, hook));
        Assert.Equal("api.context.404.app_error", routeBody!["id"]!.GetValue<string>());
        Assert.Equal("app.command_webhook.get.missing.app_error", hookBody!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResponseUrl_PlainText_IsKeptAsText()
    {
        var url = mattermost.NewResponseUrl();

        using var response = await http.PostAsync(url, new StringContent("plain words"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("plain words", Assert.Single(mattermost.ResponsesTo(url))["text"]!.GetValue<string>());
        Assert.StartsWith(mattermost.Url + "/hooks/commands/", url.AbsoluteUri);
    }

    [Fact]
    public async Task WaitForAsync_NoMatch_TimesOutListingTheCalls()
    {
        await SendAsync(HttpMethod.Get, "api/v4/users/me", bearer: mattermost.BotToken);

        var e = await Assert.ThrowsAsync<TimeoutException>(() => mattermost.WaitForAsync(c => c.Status == 418, TimeSpan.FromMilliseconds(50)));

        Assert.Contains("No matching Mattermost call", e.Message);
        Assert.Contains("/api/v4/users/me", e.Message);
    }
}
