using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Platforms.Slack.BlockKit;

namespace Odp.Bot.Platforms.Slack;

/// <summary>Neutral replies as Slack messages, responses and acks.</summary>
public sealed class SlackReplies(SlackBlockKitRenderer renderer)
{
    public SlackMessage Message(Reply reply) => reply switch
    {
        TextReply text => new SlackMessage(text.Text),
        CardReply card => renderer.Render(card.Card).ToMessage(),
        _ => throw Unknown(reply),
    };

    /// <summary>An ephemeral response (ack body or response_url), never replacing the message a button was on.</summary>
    public SlackResponse Response(Reply reply)
    {
        var message = Message(reply);
        return new SlackResponse(message.Text, message.Blocks);
    }

    /// <summary>
    /// The ack body of <see cref="Response"/>, byte for byte, with a card's blocks written straight into it (no JSON
    /// tree on the way).
    /// </summary>
    public SlackAck Ack(Reply reply) => reply switch
    {
        TextReply text => SlackAck.From(Ephemeral(text.Text)),
        CardReply card => SlackAck.Ephemeral(renderer.Text(card.Card), (renderer, card.Card), static (writer, c) => c.renderer.WriteBlocks(writer, c.Card)),
        _ => throw Unknown(reply),
    };

    public static SlackResponse Ephemeral(string text) => new(text);

    private static ArgumentException Unknown(Reply reply) => new($"Unknown reply {reply.GetType().Name}.", nameof(reply));
}
