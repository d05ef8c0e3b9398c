using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>Posts, patches, ephemerals, direct channels and response URLs: the exact requests the fake saw.</summary>
public sealed class MattermostApiClientPostTests : IAsyncLifetime
{
    private static readonly JsonArray Buttons = new(new JsonObject
    {
        ["text"] = "Access request",
        ["actions"] = new JsonArray(new JsonObject { ["id"] = "approve", ["name"] = "Approve", ["integration"] = new JsonObject { ["url"] = "https://odp.test/a" } }),
    });

    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");

    [Fact]
    public async Task CreatePost_NoAttachments_SendsChannelAndMessageOnlyAndReturnsTheId()
    {
        var id = await h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "hello"), CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.CreatePost));
        Assert.Equal(("POST", "/api/v4/posts", 201), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal("Bearer " + h.Mattermost.BotToken, call.Authorization);
        AssertJson($$"""{"channel_id":"{{MattermostApiHarness.Channel}}","message":"hello"}""", call.Body);
        Assert.Equal("hello", Assert.Single(h.Mattermost.Posts, p => p.Id == id).Message);
    }

    [Fact]
    public async Task CreatePost_WithAttachments_SendsThemAsPropsAttachments()
    {
        var id = await h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "review", Buttons), CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.CreatePost));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["attachments"] = Buttons.DeepClone() }, call.Body?["props"]));
        Assert.True(JsonNode.DeepEquals(Buttons, h.Mattermost.Post(id)?.Attachments));
    }

    [Fact]
    public async Task PatchPost_NewMessageNoAttachments_ReplacesBothInPlace()
    {
        var id = await h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "pending", Buttons), CancellationToken.None);

        await h.Api.PatchPostAsync(id, new MattermostPost(MattermostApiHarness.Channel, "approved"), CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.PatchPost));
        Assert.Equal(("PUT", $"/api/v4/posts/{id}/patch", 200), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal("Bearer " + h.Mattermost.BotToken, call.Authorization);
        AssertJson("""{"message":"approved","props":{"attachments":[]}}""", call.Body);
        var post = h.Mattermost.Post(id)!;
        Assert.Equal(("approved", 1), (post.Message, post.PatchCount));
        Assert.Empty(post.Attachments!);
        Assert.Single(h.Mattermost.Posts);
    }

    [Fact]
    public async Task PatchPost_UnknownPost_ThrowsMattermosts404()
    {
        var e = await Assert.ThrowsAsync<MattermostApiException>(
            () => h.Api.PatchPostAsync("nosuchpost0000000000000001", new MattermostPost(MattermostApiHarness.Channel, "x"), CancellationToken.None));

        Assert.Equal((MattermostOperations.PatchPost, 404, "app.post.get.app_error"), (e.Operation, e.Status, e.Id));
    }

    [Fact]
    public async Task CreateEphemeralPost_SendsUserAndPost()
    {
        await h.Api.CreateEphemeralPostAsync(MattermostApiHarness.Analyst, new MattermostPost(MattermostApiHarness.Channel, "only you", Buttons), CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.CreateEphemeralPost));
        Assert.Equal(("POST", "/api/v4/posts/ephemeral", 201), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal(MattermostApiHarness.Analyst, call.Body?["user_id"]?.GetValue<string>());
        var ephemeral = Assert.Single(h.Mattermost.Ephemerals);
        Assert.Equal((MattermostApiHarness.Analyst, MattermostApiHarness.Channel, "only you"), (ephemeral.UserId, ephemeral.ChannelId, ephemeral.Message));
        Assert.True(JsonNode.DeepEquals(Buttons, ephemeral.Attachments));
        Assert.Empty(h.Mattermost.Posts);
    }

    [Fact]
    public async Task OpenDirectChannel_BotAndUser_SendsExactlyTheTwoIdsAndReturnsTheChannel()
    {
        var channel = await h.Api.OpenDirectChannelAsync(FakeMattermostServer.BotUserId, MattermostApiHarness.Owner, CancellationToken.None);
        await h.Api.CreatePostAsync(new MattermostPost(channel, "a request for you"), CancellationToken.None);

        Assert.Equal(FakeMattermostServer.DirectChannelId(MattermostApiHarness.Owner, FakeMattermostServer.BotUserId), channel);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.OpenDirectChannel));
        Assert.Equal(("POST", "/api/v4/channels/direct", 201), (call.HttpMethod, call.Path, call.Status));
        AssertJson($"""["{FakeMattermostServer.BotUserId}","{MattermostApiHarness.Owner}"]""", call.Body);
        Assert.Single(h.Mattermost.PostsIn(channel));
    }

    [Fact]
    public async Task Respond_ResponseUrl_PostsTheResponseWithoutAuthorization()
    {
        var url = h.Mattermost.NewResponseUrl();
        var response = new MattermostResponse("done", Buttons, "in_channel");

        await h.Api.RespondAsync(url, response, CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.Respond));
        Assert.Equal(("POST", url.AbsolutePath, 200), (call.HttpMethod, call.Path, call.Status));
        Assert.StartsWith("/hooks/commands/", call.Path);
        Assert.Null(call.Authorization);
        Assert.True(JsonNode.DeepEquals(response.ToJson(), call.Body));
        Assert.Single(h.Mattermost.ResponsesTo(url));
    }

    [Fact]
    public async Task Respond_SixthUse_ThrowsMattermostsError()
    {
        var url = h.Mattermost.NewResponseUrl();
        for (var i = 0; i < 5; i++) await h.Api.RespondAsync(url, new MattermostResponse($"#{i}"), CancellationToken.None);

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => h.Api.RespondAsync(url, new MattermostResponse("#6"), CancellationToken.None));

        Assert.Equal((MattermostOperations.Respond, 400, "app.command_webhook.try_use.invalid.app_error"), (e.Operation, e.Status, e.Id));
        Assert.Equal(5, h.Mattermost.ResponsesTo(url).Count);
    }
}
