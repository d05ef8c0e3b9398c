using Odp.Bot.Cards.Templating;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>A ticket as card templates see it (the <c>ticket</c> object of every ticket card); <c>team</c> only for a team request.</summary>
public sealed record TicketView(
    string Id,
    string Dataset,
    string User,
    string UserName,
    string Access,
    string Duration,
    string Reason,
    string State,
    string Workspace,
    string CreatedAt,
    string? ExpiresAt,
    string? DecidedBy,
    string? DecisionNote,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ActionView> Actions,
    string? Team = null)
{
    public static TicketView From(TicketData t, PeopleNames names, IReadOnlyList<ActionView>? actions = null) => new(
        t.Id,
        t.Dataset,
        t.User,
        names[t.User],
        t.Access.ToString().ToLowerInvariant(),
        DurationText.Format(t.Duration),
        t.Reason,
        t.State.ToString(),
        t.Workspace,
        Display.Time(t.CreatedAt),
        Display.Time(t.ExpiresAt),
        names.NameOrNull(t.DecidedBy),
        t.DecisionNote,
        [.. t.Events.Select(e => new EventView(Display.Time(e.At), names[e.By], e.From?.ToString(), e.To.ToString(), e.Note))],
        actions ?? [],
        t.Team);

    /// <summary>The ticket as card data: each property under its camelCase name.</summary>
    public TemplateObject ToTemplate() => new(
        ("id", Id),
        ("dataset", Dataset),
        ("user", User),
        ("userName", UserName),
        ("access", Access),
        ("duration", Duration),
        ("reason", Reason),
        ("state", State),
        ("workspace", Workspace),
        ("createdAt", CreatedAt),
        ("expiresAt", ExpiresAt),
        ("decidedBy", DecidedBy),
        ("decisionNote", DecisionNote),
        ("events", TemplateValue.List(Events, e => e.ToTemplate())),
        ("actions", TemplateValue.List(Actions, a => a.ToTemplate())),
        ("team", Team));
}
