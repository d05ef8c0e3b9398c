using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>One sentence on where a ticket stands, written for its requester.</summary>
public static class Headlines
{
    public static string Status(TicketData t, PeopleNames names) => t.State switch
    {
        TicketState.Pending => $"Waiting for an owner of {t.Dataset} to decide.",
        TicketState.Approved => $"Approved by {names.NameOrNull(t.DecidedBy)}. Provisioning will start in a moment.",
        TicketState.Provisioning => $"Approved by {names.NameOrNull(t.DecidedBy)}. Granting access and preparing the {t.Workspace} workspace.",
        TicketState.Active => $"You can query {t.Dataset} until {Display.Time(t.ExpiresAt)}.",
        TicketState.Denied => $"Denied by {names.NameOrNull(t.DecidedBy)}: {t.DecisionNote}",
        TicketState.Cancelled => "Cancelled.",
        TicketState.Expired => $"Expired: {t.Events[^1].Note}.",
        TicketState.Revoked => $"Revoked by {names[t.Events[^1].By]}{(t.Events[^1].Note is { } n ? ": " + n : "")}.",
        TicketState.Failed => $"Provisioning failed. {t.Events[^1].Note}. `/odp retry {t.Id}` resumes it.",
        _ => t.State.ToString(),
    };

    /// <summary>For a notification: what just happened, then where that leaves the ticket.</summary>
    public static string Change(TicketData t, TicketEvent change, PeopleNames names) => change.To switch
    {
        TicketState.Approved => $"{names[change.By]} approved your request for {t.Dataset}.",
        TicketState.Provisioning => $"Granting {t.Access.ToString().ToLowerInvariant()} access to {t.Dataset} and preparing the {t.Workspace} workspace…",
        TicketState.Active => $"Access is live: you can query {t.Dataset} until {Display.Time(t.ExpiresAt)} ({DurationText.Format(t.Duration)}).",
        _ => Status(t, names),
    };
}
