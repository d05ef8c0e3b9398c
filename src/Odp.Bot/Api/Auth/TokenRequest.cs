namespace Odp.Bot.Api.Auth;

/// <summary>Directory credentials for <c>POST /api/v1/auth/token</c>.</summary>
public sealed record TokenRequest(string? Username, string? Password);
