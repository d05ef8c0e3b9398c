using System.Text;
using Microsoft.AspNetCore.Http;
using System.Text.Json.Nodes;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.BlockKit;
using Odp.Bot.Tests.Platforms.Mattermost.Attachments;

namespace Odp.Bot.Tests.Platforms.Slack;

public sealed class SlackRepliesTests
{
    private static readonly SlackReplies Replies = new(new SlackBlockKitRenderer());

    public static TheoryData<string> Templates() => [.. SampleCards.All().Select(c => c.Template)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Ack_EveryCard_SameBytesAsTheResponseSerialized(string template)
    {
        var reply = new CardReply(SampleCards.Build(template));

        Assert.Equal(Body(SlackAck.From(Replies.Response(reply))), Body(Replies.Ack(reply)));
    }

    [Fact]
    public void Ack_Text_SameBytesAsTheResponseSerialized()
    {
        var reply = new TextReply("Nothing to see <here> & \"there\" 🎉");

        Assert.Equal(Body(SlackAck.From(Replies.Response(reply))), Body(Replies.Ack(reply)));
    }

    [Fact]
    public void Ack_Card_EphemeralWithTextBlocksAndNoHtmlEscapes()
    {
        var ack = Body(Replies.Ack(new CardReply(SampleCards.Build("search-results"))));
        var json = JsonNode.Parse(ack)!;

        Assert.Equal("ephemeral", json["response_type"]!.GetValue<string>());
        Assert.Equal("Datasets matching \"sales\": showing 2 of 5", json["text"]!.GetValue<string>());
        Assert.False(json["replace_original"]!.GetValue<bool>());
        Assert.NotEmpty(json["blocks"]!.AsArray());
        Assert.Contains("Datasets matching \\\"sales\\\"", ack);
        Assert.Contains("&lt;olga@example.com&gt;", ack);
    }

    /// <summary>What the endpoint sends for the ack.</summary>
    private static string Body(SlackAck ack)
    {
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        ack.ExecuteAsync(http).GetAwaiter().GetResult();
        Assert.Equal(ack.Bytes, http.Response.ContentLength);
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
