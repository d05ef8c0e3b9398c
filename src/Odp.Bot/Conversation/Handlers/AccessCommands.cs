using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Access.Retrying;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>request</c>, <c>approve</c>, <c>deny</c>, <c>cancel</c>, <c>revoke</c> and <c>retry</c>.</summary>
public sealed class AccessCommands(
    RequestAccess requests,
    DecideAccess decisions,
    EndAccess endings,
    RetryProvisioning retries,
    ReplyCards cards)
{
    public async Task<Reply> RequestAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var access = AccessLevels.Parse(command.Option(CommandSpecs.Access), "--" + CommandSpecs.Access);
        var outcome = await requests.ExecuteAsync(
            new AccessRequest(userId, command.Argument(0), command.Option(CommandSpecs.Reason)!, command.Option(CommandSpecs.For),
                access, command.Option(CommandSpecs.Workspace), command.Option(CommandSpecs.Team)),
            cancellationToken);
        return new CardReply(cards.Receipt(outcome.Ticket, outcome.Requester, outcome.Deciders, outcome.Existing));
    }

    public async Task<Reply> ApproveAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await decisions.ApproveAsync(command.Argument(0), userId, cancellationToken);
        return new TextReply($"Approved {ticket.Id}: {ticket.Grantee} gets {ticket.Access.ToString().ToLowerInvariant()} access to {ticket.Dataset}. Provisioning starts now.");
    }

    public async Task<Reply> DenyAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await decisions.DenyAsync(command.Argument(0), userId, command.Option(CommandSpecs.Reason)!, cancellationToken);
        return new TextReply($"Denied {ticket.Id}. {ticket.User} has been told why.");
    }

    public async Task<Reply> CancelAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await endings.CancelAsync(command.Argument(0), userId, cancellationToken);
        return new TextReply($"Cancelled {ticket.Id}. The owners' approval cards now say so.");
    }

    public async Task<Reply> RevokeAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await endings.RevokeAsync(command.Argument(0), userId, command.Option(CommandSpecs.Reason), cancellationToken);
        return new TextReply($"Revoked {ticket.Id}: {ticket.Grantee} no longer has access to {ticket.Dataset}.");
    }

    public async Task<Reply> RetryAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await retries.ExecuteAsync(command.Argument(0), userId, cancellationToken);
        return new TextReply($"Retrying {ticket.Id} from the step that failed.");
    }
}
