using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Platforms.Mattermost.Attachments;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>Neutral replies as Mattermost posts and slash command responses (Markdown text plus attachments).</summary>
public sealed class MattermostReplies(MattermostAttachmentRenderer renderer)
{
    public MattermostPost Post(string channelId, Reply reply) => reply switch
    {
        TextReply text => new MattermostPost(channelId, text.Text),
        CardReply card => renderer.Render(card.Card).ToPost(channelId),
        _ => throw new ArgumentException($"Unknown reply {reply.GetType().Name}.", nameof(reply)),
    };

    /// <summary>One line for places that show text only (an action's <c>ephemeral_text</c>).</summary>
    public static string PlainText(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        CardReply card => card.Card.FallbackText,
        _ => throw new ArgumentException($"Unknown reply {reply.GetType().Name}.", nameof(reply)),
    };

    /// <summary>An ephemeral response; <c>response_type</c> is always set.</summary>
    public MattermostResponse Response(Reply reply)
    {
        var post = Post("", reply);
        return new MattermostResponse(post.Message, post.Attachments);
    }
}
