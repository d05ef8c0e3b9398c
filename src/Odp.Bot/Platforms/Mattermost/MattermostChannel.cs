using Microsoft.Extensions.Options;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Identity;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Engine.Directory;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// Mattermost as an outbound channel: a user gets a direct message (the bot's direct channel with them), a team gets
/// its configured channel, and cards are patched in place (<c>PUT posts/{id}/patch</c>).
/// </summary>
public sealed class MattermostChannel : IChatChannel
{
    public const string Name = "mattermost";
    private readonly IMattermostApi api;
    private readonly MattermostReplies replies;
    private readonly AudienceRouter router;

    public MattermostChannel(
        IMattermostApi api, MattermostIdentity identity, IDirectory directory, MattermostReplies replies, IOptions<MattermostOptions> options, TimeProvider time)
    {
        this.api = api;
        this.replies = replies;
        var bot = new TtlCache<string>(time, TimeSpan.FromHours(1));
        router = new AudienceRouter(directory, options.Value.TeamChannels, identity.ToMattermostAsync, async (user, ct) =>
        {
            var botId = await bot.GetOrAddAsync("me", async () => (await api.GetMeAsync(CancellationToken.None)).Id, ct);
            return await api.OpenDirectChannelAsync(botId, user, ct);
        }, time);
    }

    public string Platform => Name;

    public async Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var channel = await router.ChannelOfAsync(audience, cancellationToken);
        if (channel is null) return null;
        var id = await api.CreatePostAsync(replies.Post(channel, reply), cancellationToken);
        return new MessageRef(new ConversationRef(Name, channel), id);
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken) =>
        api.PatchPostAsync(message.MessageId, replies.Post(message.Conversation.Id, reply), cancellationToken);
}
