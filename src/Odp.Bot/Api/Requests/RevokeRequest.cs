namespace Odp.Bot.Api.Requests;

/// <summary>The body of <c>POST /requests/{id}/revoke</c>, optional: why, for the record.</summary>
public sealed record RevokeRequest(string? Reason);
