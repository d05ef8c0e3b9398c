using System.Security.Claims;

namespace Odp.Bot.Api.Auth;

/// <summary>The claims an API token carries, and reading the caller's directory id back from them.</summary>
public static class ApiClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Groups = "groups";

    /// <summary>The caller's directory user id (<c>sub</c>). Only called behind authorization, so it is always there.</summary>
    public static string UserId(this ClaimsPrincipal principal) =>
        principal.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("An authenticated API caller has no sub claim.");
}
