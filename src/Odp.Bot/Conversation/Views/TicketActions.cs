using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>The buttons a ticket offers, depending on its state and on who is looking.</summary>
public static class TicketActions
{
    public static IReadOnlyList<ActionView> ForRequester(TicketData t) => t.State switch
    {
        TicketState.Pending => [new("Cancel request", $"/odp cancel {t.Id}", "destructive")],
        TicketState.Active => [new("Give up access", $"/odp revoke {t.Id}", "destructive")],
        TicketState.Failed => [new("Retry", $"/odp retry {t.Id}", "positive")],
        _ => [],
    };

    public static IReadOnlyList<ActionView> ForOwner(TicketData t) => t.State switch
    {
        TicketState.Pending => Decide(t),
        TicketState.Active => [new("Revoke", $"/odp revoke {t.Id}", "destructive", "reason")],
        TicketState.Failed => [new("Retry", $"/odp retry {t.Id}", "positive")],
        _ => [],
    };

    public static IReadOnlyList<ActionView> Decide(TicketData t) =>
    [
        new("Approve", $"/odp approve {t.Id}", "positive"),
        new("Deny", $"/odp deny {t.Id}", "destructive", "reason"),
    ];
}
