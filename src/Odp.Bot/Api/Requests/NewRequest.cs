namespace Odp.Bot.Api.Requests;

/// <summary>
/// The body of <c>POST /requests</c>. <see cref="Duration"/> like <c>30d</c> (default: the configured default);
/// <see cref="Access"/> is <c>read</c> (default) or <c>write</c>; <see cref="Workspace"/> is one of the caller's teams
/// (default: their first); <see cref="Team"/>, also one of the caller's teams, asks for the whole team (as chat's
/// <c>--team</c>).
/// </summary>
public sealed record NewRequest(string? Dataset, string? Reason, string? Duration, string? Access, string? Workspace, string? Team = null);
