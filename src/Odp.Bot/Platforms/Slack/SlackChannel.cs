using Microsoft.Extensions.Options;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Directory;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// Slack as an outbound channel: a user gets a direct message (<c>users.lookupByEmail</c>, <c>conversations.open</c>,
/// <c>chat.postMessage</c>); a team gets its configured channel; cards are updated in place with <c>chat.update</c>.
/// </summary>
public sealed class SlackChannel(
    ISlackApi api, SlackIdentity identity, IDirectory directory, SlackReplies replies, IOptions<SlackOptions> options, TimeProvider time)
    : IChatChannel
{
    public const string Name = "slack";
    private readonly AudienceRouter router = new(directory, options.Value.TeamChannels, identity.ToSlackAsync, api.OpenDirectMessageAsync, time);

    public string Platform => Name;

    public async Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var channel = await router.ChannelOfAsync(audience, cancellationToken);
        if (channel is null) return null;
        var posted = await api.PostMessageAsync(channel, replies.Message(reply), cancellationToken);
        return new MessageRef(new ConversationRef(Name, posted.Channel), posted.Ts);
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken) =>
        api.UpdateMessageAsync(message.Conversation.Id, message.MessageId, replies.Message(reply), cancellationToken);
}
