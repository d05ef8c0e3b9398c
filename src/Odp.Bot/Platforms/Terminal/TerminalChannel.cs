using System.Collections.Concurrent;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;

namespace Odp.Bot.Platforms.Terminal;

/// <summary>
/// The local chat's platform: everyone shares one terminal, so every user and team is reachable. Messages are
/// numbered; an update in place prints the card again under the number it replaces.
/// </summary>
public sealed class TerminalChannel(TextWriter output, TerminalCardRenderer renderer) : IChatChannel
{
    public const string Name = "terminal";
    private readonly ConcurrentDictionary<string, string> recipients = new();
    private readonly Lock gate = new();
    private int next;

    public string Platform => Name;

    public Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var to = Describe(audience);
        recipients[id] = to;
        Write($"── to {to} · message #{id} ──", reply);
        return Task.FromResult<MessageRef?>(new MessageRef(new ConversationRef(Name, to), id));
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken)
    {
        var to = recipients.GetValueOrDefault(message.MessageId, message.Conversation.Id);
        Write($"── {to} · message #{message.MessageId} updated in place ──", reply);
        return Task.CompletedTask;
    }

    /// <summary>Prints a direct reply to whoever typed the command.</summary>
    public void WriteReply(Reply reply) => Write(null, reply);

    public string Render(Reply reply) => reply switch
    {
        TextReply text => text.Text.TrimEnd() + "\n",
        CardReply card => renderer.Render(card.Card),
        _ => throw new ArgumentException($"Unknown reply {reply.GetType().Name}.", nameof(reply)),
    };

    private void Write(string? header, Reply reply)
    {
        var body = Render(reply);
        lock (gate)
        {
            if (header is not null) output.WriteLine(header);
            output.Write(body);
            output.WriteLine();
            output.Flush();
        }
    }

    private static string Describe(Audience audience) => audience switch
    {
        Audience.User user => "@" + user.UserId,
        Audience.Team team => "#" + team.GroupId,
        _ => audience.ToString(),
    };
}
