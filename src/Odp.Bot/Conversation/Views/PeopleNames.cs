using Odp.Engine.Access;
using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>Display names for the user ids a ticket mentions; an id nobody knows shows as itself.</summary>
public sealed class PeopleNames(IEnumerable<DirectoryUser> people)
{
    private readonly Dictionary<string, string> names = people
        .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    public static PeopleNames Of(TicketPeople people) => new([people.Requester, .. people.Owners]);

    public string this[string id] => id == Actors.System ? "OpenDataPlane" : names.GetValueOrDefault(id, id);

    public string? NameOrNull(string? id) => id is null ? null : this[id];
}
