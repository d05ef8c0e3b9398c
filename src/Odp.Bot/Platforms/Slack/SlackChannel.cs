using Microsoft.Extensions.Options;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Identity;
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
    private readonly TtlCache<string> directMessages = new(time, TimeSpan.FromHours(1));

    public string Platform => Name;

    public async Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var channel = await ChannelOfAsync(audience, cancellationToken);
        if (channel is null) return null;
        var posted = await api.PostMessageAsync(channel, replies.Message(reply), cancellationToken);
        return new MessageRef(new ConversationRef(Name, posted.Channel), posted.Ts);
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken) =>
        api.UpdateMessageAsync(message.Conversation.Id, message.MessageId, replies.Message(reply), cancellationToken);

    private async Task<string?> ChannelOfAsync(Audience audience, CancellationToken cancellationToken)
    {
        switch (audience)
        {
            case Audience.Team team:
                return options.Value.TeamChannels.GetValueOrDefault(team.GroupId);
            case Audience.User person:
                var user = await directory.FindUserAsync(person.UserId, cancellationToken);
                var slackUser = user is null ? null : await identity.ToSlackAsync(user, cancellationToken);
                return slackUser is null
                    ? null
                    : await directMessages.GetOrAddAsync(slackUser, ct => api.OpenDirectMessageAsync(slackUser, ct), cancellationToken);
            default:
                return null;
        }
    }
}
