using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Conversation;

/// <summary>
/// What every chat platform does with a message once it knows who sent it: quick commands are answered within the
/// platform's ack, anything else is queued and delivered later by the platform's own means. Failures that are not
/// the user's fault become "something went wrong (ref …)", logged with the details.
/// </summary>
public sealed class ConversationInbound(CommandDispatcher dispatcher, BackgroundWork background, ILogger<ConversationInbound> logger)
{
    /// <summary>The answer now for a quick command (or when there is no way to answer later); otherwise null, and
    /// the answer goes to <paramref name="deliverLater"/> once the work is done.</summary>
    public async Task<Reply?> AnswerOrDeferAsync(
        IncomingMessage message, Func<Reply, CancellationToken, Task>? deliverLater, CancellationToken cancellationToken)
    {
        if (deliverLater is null || IsQuick(message.Text)) return await AnswerAsync(message, cancellationToken);
        Defer(ct => AnswerAsync(message, ct), deliverLater);
        return null;
    }

    /// <summary>Runs <paramref name="answer"/> after the ack and delivers what it says.</summary>
    public void Defer(Func<CancellationToken, Task<Reply>> answer, Func<Reply, CancellationToken, Task> deliver) =>
        background.Enqueue(async ct => await deliver(await GuardAsync(answer, ct), ct));

    public Task<Reply> AnswerAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        GuardAsync(ct => dispatcher.DispatchAsync(message, ct), cancellationToken);

    public TextReply SomethingWentWrong(Exception e)
    {
        var reference = ErrorReference.New();
        logger.LogError(e, "A chat request failed (ref {Reference})", reference);
        return new TextReply($"Something went wrong on our side (ref {reference}). Please try again, or give the ref to an admin.");
    }

    public static bool IsQuick(string text)
    {
        try
        {
            return CommandParser.Parse(text).Spec.Quick;
        }
        catch (CommandParseException)
        {
            return true; // bad input is answered with a usage message at once
        }
    }

    /// <summary>Runs a platform's own answering steps (identity, checks, dispatch) with the same error handling.</summary>
    public async Task<Reply> GuardAsync(Func<CancellationToken, Task<Reply>> answer, CancellationToken cancellationToken)
    {
        try
        {
            return await answer(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SomethingWentWrong(e);
        }
    }
}
