using Odp.Bot.Conversation.Background;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Identity;

namespace Odp.Bot.Conversation;

/// <summary>
/// What every chat platform does with a message: quick commands are answered within the platform's ack, anything
/// else is queued on <see cref="BackgroundWork"/> and delivered later by the platform's own means — or, when that queue
/// is full, answered at once that OpenDataPlane is busy (<see cref="Busy"/>), with nothing kept. The sender is looked up (<paramref name="identify"/>
/// in each method) only for commands that need an identity, so search, show and help never wait on the platform's
/// user API; for commands answered later the lookup happens after the ack. Failures that are not the user's fault
/// become "something went wrong (ref …)", logged with the details.
/// </summary>
public sealed class ConversationInbound(CommandDispatcher dispatcher, BackgroundWork background, ILogger<ConversationInbound> logger)
{
    /// <summary>
    /// The answer now for a quick command (or when there is no way to answer later, or no room to queue it: then
    /// <see cref="Busy"/>); otherwise null, and the answer goes to <paramref name="deliverLater"/> once the work is done.
    /// </summary>
    public async Task<Reply?> AnswerOrDeferAsync(
        string text,
        CommandTraits traits,
        ConversationRef conversation,
        Func<CancellationToken, Task<IdentityMatch>> identify,
        Func<Reply, CancellationToken, Task>? deliverLater,
        CancellationToken cancellationToken)
    {
        if (deliverLater is null || traits.Quick) return await AnswerAsync(text, traits, conversation, null, identify, cancellationToken);
        return TryDefer(ct => AnswerAsync(text, traits, conversation, null, identify, ct), deliverLater) ? null : Busy;
    }

    /// <summary>The answer to a command refused because the background work is full; it names the limit.</summary>
    public TextReply Busy => new(background.Busy);

    /// <summary>Answers <paramref name="text"/> (typed, or the command of a button pressed on <paramref name="card"/>).</summary>
    public Task<Reply> AnswerAsync(
        string text,
        CommandTraits traits,
        ConversationRef conversation,
        MessageRef? card,
        Func<CancellationToken, Task<IdentityMatch>> identify,
        CancellationToken cancellationToken) =>
        GuardAsync(async ct =>
        {
            string? user = null;
            if (traits.NeedsIdentity)
            {
                var match = await identify(ct);
                if (match.User is null) return new TextReply(match.Problem!);
                user = match.User.Id;
            }
            return await dispatcher.DispatchAsync(new IncomingMessage(user, conversation, text, card), ct);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="answer"/> after the ack and delivers what it says; false when the background work is full
    /// (nothing is queued: the caller tells the person <see cref="Busy"/> at once).
    /// </summary>
    public bool TryDefer(Func<CancellationToken, Task<Reply>> answer, Func<Reply, CancellationToken, Task> deliver)
    {
        if (background.TryEnqueue(async ct => await deliver(await GuardAsync(answer, ct), ct))) return true;
        logger.LogWarning("Background work is full ({Limit} commands running or waiting); a command was answered busy and not run", background.Limit);
        return false;
    }

    public TextReply SomethingWentWrong(Exception e)
    {
        var reference = ErrorReference.New();
        logger.LogError(e, "A chat request failed (ref {Reference})", reference);
        return new TextReply($"Something went wrong on our side (ref {reference}). Please try again, or give the ref to an admin.");
    }

    /// <summary>Runs a platform's own answering steps (checks, dispatch) with the same error handling.</summary>
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
