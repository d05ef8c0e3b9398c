using Microsoft.Extensions.Logging;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Handlers;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Errors;

namespace Odp.Bot.Conversation;

/// <summary>
/// Runs one incoming message: parse, then a plain switch to the feature's handler. A user-facing error becomes an
/// error card; anything else is logged with a reference id and shown as "something went wrong (ref …)". The engine's
/// messages carry no chat syntax: an invalid request gets the command's usage line (<see cref="CommandSpec.Usage"/>)
/// here, so chat shows how to type it and REST never does.
/// </summary>
public sealed class CommandDispatcher(
    CatalogCommands catalog,
    AccessCommands access,
    TicketCommands tickets,
    WorkspaceCommands workspaces,
    PreviewCommands previews,
    WhyCommands why,
    ReplyCards cards,
    ILogger<CommandDispatcher> logger)
{
    public async Task<Reply> DispatchAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ParsedCommand? command = null;
        try
        {
            command = CommandParser.Parse(message.Text);
            var user = message.UserId ?? (command.Spec.NeedsIdentity
                ? throw new InvalidOperationException($"'{command.Name}' needs the sender's identity, but the platform gave none.")
                : "");
            return command.Name switch
            {
                "help" => Help(command),
                "search" => await catalog.SearchAsync(command, cancellationToken),
                "show" => await catalog.ShowAsync(command, cancellationToken),
                "request" => await access.RequestAsync(user, command, cancellationToken),
                "approve" => await access.ApproveAsync(user, command, cancellationToken),
                "deny" => await access.DenyAsync(user, command, cancellationToken),
                "cancel" => await access.CancelAsync(user, command, cancellationToken),
                "revoke" => await access.RevokeAsync(user, command, cancellationToken),
                "retry" => await access.RetryAsync(user, command, cancellationToken),
                "status" => await tickets.StatusAsync(user, command, cancellationToken),
                "mine" => await tickets.MineAsync(user, cancellationToken),
                "pending" => await tickets.PendingAsync(user, cancellationToken),
                "workspace" => await workspaces.HandleAsync(user, command, cancellationToken),
                "preview" => await previews.PreviewAsync(user, command, cancellationToken),
                "why" => await why.WhyAsync(user, command, cancellationToken),
                _ => throw new InvalidOperationException($"The command table names '{command.Name}' but nothing handles it."),
            };
        }
        catch (UserFacingException e)
        {
            var usage = e.Usage ?? ChatHints.Say(e.Hint) ?? (e is InvalidRequestException ? command?.Spec.Usage : null);
            return new CardReply(cards.Error("That didn't work", e.Message, usage));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reference = ErrorReference.New();
            logger.LogError(e, "Command from {User} failed (ref {Reference})", message.UserId, reference);
            return new CardReply(cards.Error(
                "Something went wrong", $"Something went wrong on our side (ref {reference}). Please try again, or give the ref to an admin.",
                reference: reference));
        }
    }

    private Reply Help(ParsedCommand command)
    {
        if (command.Arguments.Count == 0) return new CardReply(cards.Help(CommandSpecs.All)) { Reusable = true };
        var spec = CommandSpecs.Find(command.Argument(0))
            ?? throw new CommandParseException($"There is no command \"{command.Argument(0)}\".", "/odp help");
        return new CardReply(cards.Help([spec])) { Reusable = true };
    }
}
