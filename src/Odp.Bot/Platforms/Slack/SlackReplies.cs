using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Platforms.Slack.BlockKit;

namespace Odp.Bot.Platforms.Slack;

/// <summary>Neutral replies as Slack messages and responses.</summary>
public sealed class SlackReplies(SlackBlockKitRenderer renderer)
{
    public SlackMessage Message(Reply reply) => reply switch
    {
        TextReply text => new SlackMessage(text.Text),
        CardReply card => renderer.Render(card.Card).ToMessage(),
        _ => throw new ArgumentException($"Unknown reply {reply.GetType().Name}.", nameof(reply)),
    };

    /// <summary>An ephemeral response (ack body or response_url), never replacing the message a button was on.</summary>
    public SlackResponse Response(Reply reply)
    {
        var message = Message(reply);
        return new SlackResponse(message.Text, message.Blocks);
    }

    public static SlackResponse Ephemeral(string text) => new(text);
}
