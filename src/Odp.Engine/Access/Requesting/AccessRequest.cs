namespace Odp.Engine.Access.Requesting;

/// <summary>
/// A request as typed. <paramref name="Duration"/> is text like <c>30d</c> (null means the default);
/// <paramref name="Workspace"/> is one of the requester's groups (null means their first group); <paramref name="Team"/>,
/// also one of their groups, asks for the whole team (the grant goes to the team, in the team's workspace).
/// </summary>
public sealed record AccessRequest(
    string UserId, string Dataset, string Reason, string? Duration, AccessLevel Access, string? Workspace, string? Team = null);
