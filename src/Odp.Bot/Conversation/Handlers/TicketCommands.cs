using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Access;
using Odp.Engine.Access.Queries;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>status</c>, <c>mine</c> and <c>pending</c>: reading tickets.</summary>
public sealed class TicketCommands(TicketQueries queries, Participants participants, ReplyCards cards)
{
    public async Task<Reply> StatusAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var ticket = await queries.StatusAsync(command.Argument(0), userId, cancellationToken);
        var people = await participants.PeopleOfAsync(ticket, cancellationToken);
        var actions = string.Equals(ticket.User, userId, StringComparison.OrdinalIgnoreCase)
            ? TicketActions.ForRequester(ticket)
            : TicketActions.ForOwner(ticket);
        var names = PeopleNames.Of(people);
        return new CardReply(cards.Ticket(ticket, names, Headlines.Status(ticket, names), actions));
    }

    public async Task<Reply> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = await queries.MineAsync(userId, cancellationToken);
        var user = await participants.RequireUserAsync(userId, cancellationToken);
        return new CardReply(cards.TicketList(
            "Your requests",
            mine.Select(t => TicketView.From(t, new PeopleNames([user]), TicketActions.ForRequester(t))),
            "You have no requests yet. `/odp search <words>` finds datasets to ask for."));
    }

    public async Task<Reply> PendingAsync(string userId, CancellationToken cancellationToken)
    {
        var pending = await queries.PendingAsync(userId, cancellationToken);
        var views = new List<TicketView>();
        foreach (var ticket in pending)
        {
            var people = await participants.PeopleOfAsync(ticket, cancellationToken);
            views.Add(TicketView.From(ticket, PeopleNames.Of(people), TicketActions.Decide(ticket)));
        }
        return new CardReply(cards.TicketList("Waiting for your decision", views, "Nothing is waiting for your decision."));
    }
}
