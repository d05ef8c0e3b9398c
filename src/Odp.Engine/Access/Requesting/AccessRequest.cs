namespace Odp.Engine.Access.Requesting;

/// <summary>
/// A request as typed. <paramref name="Duration"/> is text like <c>30d</c> (null means the default);
/// <paramref name="Workspace"/> is one of the requester's groups (null means their first group).
/// </summary>
public sealed record AccessRequest(string UserId, string Dataset, string Reason, string? Duration, AccessLevel Access, string? Workspace);
