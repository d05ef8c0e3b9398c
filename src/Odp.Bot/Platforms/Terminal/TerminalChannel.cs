using System.Collections.Concurrent;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;

namespace Odp.Bot.Platforms.Terminal;

/// <summary>
/// The local chat's platform: everyone shares one terminal, so every user and team is reachable. Each message is
/// printed the moment it is sent, under a header naming whom it is for and its number (<c>── to @bob · message #1 ──</c>);
/// an update in place prints the card again under the number it replaces. A command's answer follows the command; when
/// anything was printed in between (the owners' cards, provisioning running in the background), the answer gets its
/// own header (<c>── answer to @alice ──</c>), so nothing reads as part of an answer it isn't.
/// </summary>
public sealed class TerminalChannel(TextWriter output, TerminalCardRenderer renderer) : IChatChannel
{
    public const string Name = "terminal";
    private readonly ConcurrentDictionary<string, string> recipients = new();
    private readonly Lock gate = new();
    private int next;
    private string? prompt;
    private string? asker;
    private bool interrupted;

    public string Platform => Name;

    public Task<MessageRef?> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var to = Describe(audience);
        recipients[id] = to;
        WriteMessage($"── to {to} · message #{id} ──", reply);
        return Task.FromResult<MessageRef?>(new MessageRef(new ConversationRef(Name, to), id));
    }

    public Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken)
    {
        var to = recipients.GetValueOrDefault(message.MessageId, message.Conversation.Id);
        WriteMessage($"── {to} · message #{message.MessageId} updated in place ──", reply);
        return Task.CompletedTask;
    }

    /// <summary>Shows <paramref name="text"/> (e.g. <c>alice&gt; </c>) waiting for input; a message printed meanwhile shows it again below. Null: input was read.</summary>
    public void Prompt(string? text)
    {
        lock (gate)
        {
            prompt = text;
            if (text is null) return;
            output.Write(text);
            output.Flush();
        }
    }

    /// <summary>A command from <paramref name="userId"/> starts; <paramref name="echo"/> (piped input) prints the line as typed.</summary>
    public void BeginAnswer(string userId, string? echo)
    {
        lock (gate)
        {
            prompt = null;
            asker = userId;
            interrupted = false;
            if (echo is null) return;
            output.WriteLine(echo);
            output.Flush();
        }
    }

    /// <summary>Prints the answer to the command begun by <see cref="BeginAnswer"/>, with a header when messages came in between.</summary>
    public void WriteAnswer(Reply reply)
    {
        var body = Render(reply);
        lock (gate)
        {
            if (interrupted) output.WriteLine($"── answer to @{asker} ──");
            output.Write(body);
            output.WriteLine();
            output.Flush();
            (asker, interrupted) = (null, false);
        }
    }

    public string Render(Reply reply) => reply switch
    {
        TextReply text => text.Text.TrimEnd() + "\n",
        CardReply card => renderer.Render(card.Card),
        _ => throw new ArgumentException($"Unknown reply {reply.GetType().Name}.", nameof(reply)),
    };

    private void WriteMessage(string header, Reply reply)
    {
        var body = Render(reply);
        lock (gate)
        {
            if (prompt is not null) output.WriteLine();
            output.WriteLine(header);
            output.Write(body);
            output.WriteLine();
            if (prompt is not null) output.Write(prompt);
            interrupted |= asker is not null;
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
