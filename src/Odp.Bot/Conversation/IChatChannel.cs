namespace Odp.Bot.Conversation;

/// <summary>A platform's outbound side: post to a user or a team, and update a posted card in place.</summary>
public interface IChatChannel
{
    string Platform { get; }

    /// <summary>Posts the reply; null when this platform can't reach the audience (no mapping, no team channel).</summary>
    Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken);

    Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken);
}
