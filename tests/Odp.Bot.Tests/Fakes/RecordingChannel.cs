using System.Collections.Concurrent;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;

namespace Odp.Bot.Tests.Fakes;

/// <summary>A chat platform that reaches everyone and remembers every message and in-place update, as text.</summary>
public sealed class RecordingChannel : IChatChannel
{
    private static readonly TerminalCardRenderer Renderer = new();
    private readonly ConcurrentQueue<Posted> posted = new();
    private readonly ConcurrentQueue<Posted> updates = new();
    private int next;

    public string Platform => "test";

    public IReadOnlyList<Posted> Messages => [.. posted];

    public IReadOnlyList<Posted> Updates => [.. updates];

    /// <summary>Messages sent to one user (direct) or one team (its channel), oldest first.</summary>
    public IReadOnlyList<Posted> To(string user) => [.. posted.Where(p => p.Audience == new Audience.User(user))];

    public IReadOnlyList<Posted> ToTeam(string group) => [.. posted.Where(p => p.Audience == new Audience.Team(group))];

    /// <summary>The card as it looks now: the last update of the message, or the message itself.</summary>
    public string Current(Posted message) => updates.LastOrDefault(u => u.Id == message.Id)?.Text ?? message.Text;

    public Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        posted.Enqueue(new Posted(id, audience, Text(reply)));
        return Task.FromResult<MessageRef?>(new MessageRef(new ConversationRef(Platform, audience.ToString()), id));
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken)
    {
        // A message posted before a restart is not in this channel's memory, but the platform still has it.
        var original = posted.SingleOrDefault(p => p.Id == message.MessageId)
            ?? new Posted(message.MessageId, new Audience.User(message.Conversation.Id), "");
        updates.Enqueue(original with { Text = Text(reply) });
        return Task.CompletedTask;
    }

    public static string Text(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        CardReply c => Renderer.Render(c.Card),
        _ => throw new ArgumentException(reply.GetType().Name),
    };

    public sealed record Posted(string Id, Audience Audience, string Text);
}
