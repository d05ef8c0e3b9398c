namespace Odp.Bot.Api.Requests;

/// <summary>
/// The body of <c>POST /requests</c>. <see cref="Duration"/> like <c>30d</c> (default: the configured default);
/// <see cref="Access"/> is <c>read</c> (default) or <c>write</c>; <see cref="Workspace"/> is one of the caller's teams
/// (default: their first).
/// </summary>
public sealed record NewRequest(string? Dataset, string? Reason, string? Duration, string? Access, string? Workspace);
