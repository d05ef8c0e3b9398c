using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// What the fake sends back: a status and a JSON body (or <see cref="RawBody"/> as text), maybe <c>Retry-After</c>
/// and the <c>X-Ratelimit-*</c> headers (<see cref="ResetSeconds"/> = <c>X-Ratelimit-Reset</c>).
/// </summary>
internal sealed record FakeMattermostReply(int Status, JsonNode? Body, string? RawBody = null, int? RetryAfterSeconds = null, int? ResetSeconds = null)
{
    /// <summary>Mattermost's error JSON; the server fills <c>request_id</c> when it answers.</summary>
    public static FakeMattermostReply Error(int status, string id, string message) =>
        new(status, new JsonObject { ["id"] = id, ["message"] = message, ["request_id"] = "", ["status_code"] = status });

    public static FakeMattermostReply NotFound() => Error(404, "api.context.404.app_error", "Sorry, we could not find the page.");

    public static FakeMattermostReply InvalidBody(string message = "Invalid or missing body in request body.") =>
        Error(400, "api.context.invalid_body_param.app_error", message);

    public static FakeMattermostReply NoPermission() =>
        Error(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");

    public static FakeMattermostReply NoSuchUser() => Error(404, "app.user.missing_account.const", "Unable to find the user.");
}
