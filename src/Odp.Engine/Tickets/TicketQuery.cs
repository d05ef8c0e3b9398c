namespace Odp.Engine.Tickets;

/// <summary>Filters for listing tickets; null means any. Results come oldest first.</summary>
public sealed record TicketQuery(
    IReadOnlyCollection<TicketState>? States = null,
    string? User = null,
    string? Dataset = null,
    string? Workspace = null);
