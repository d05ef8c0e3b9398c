using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>
/// Slack's documented response examples (copied from /work/shared/reference/fixtures into Fixtures/) served verbatim
/// by the fake: the client reads each of them.
/// </summary>
public sealed class SlackApiFixtureTests : IAsyncLifetime
{
    private SlackApiHarness h = null!;

    public async Task InitializeAsync() => h = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static JsonObject Fixture(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.Root, "tests", "Odp.Bot.Tests", "Platforms", "Slack", "Api", "Fixtures", name)))!;

    [Fact]
    public async Task PostMessage_DocumentedResponse_ReturnsItsChannelAndTs()
    {
        h.Slack.ReplyNext("chat.postMessage", Fixture("slack-chat-postMessage-response.json"));

        var posted = await h.Api.PostMessageAsync("C123ABC456", new SlackMessage("Here's a message for you"), CancellationToken.None);

        Assert.Equal(new SlackPosted("C123ABC456", "1503435956.000247"), posted);
    }

    [Fact]
    public async Task PostMessage_DocumentedErrorResponse_ThrowsItsCode()
    {
        h.Slack.ReplyNext("chat.postMessage", Fixture("slack-chat-postMessage-error-too-many-attachments.json"));

        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("x"), CancellationToken.None));

        Assert.Equal("too_many_attachments", e.Error);
    }

    [Fact]
    public async Task UpdateMessage_DocumentedResponse_Succeeds()
    {
        h.Slack.ReplyNext("chat.update", Fixture("slack-chat-update-response.json"));

        await h.Api.UpdateMessageAsync("C123ABC456", "1401383885.000061", new SlackMessage("Updated text you carefully authored"), CancellationToken.None);

        Assert.Single(h.Slack.Calls("chat.update"));
    }

    [Theory]
    [InlineData("slack-conversations-open-response.json")]
    [InlineData("slack-conversations-open-response-return-im.json")]
    public async Task OpenDirectMessage_DocumentedResponse_ReturnsTheChannelId(string fixture)
    {
        h.Slack.ReplyNext("conversations.open", Fixture(fixture));

        var channel = await h.Api.OpenDirectMessageAsync("U069C7QF3", CancellationToken.None);

        Assert.Equal("D069C7QFK", channel);
    }
}
