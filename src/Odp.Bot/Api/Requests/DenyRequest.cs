namespace Odp.Bot.Api.Requests;

/// <summary>The body of <c>POST /requests/{id}/deny</c>: why, for the requester. Required.</summary>
public sealed record DenyRequest(string? Reason);
