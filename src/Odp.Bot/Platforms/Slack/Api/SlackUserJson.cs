using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// Reads the <c>user</c> object of <c>users.info</c> / <c>users.lookupByEmail</c>. The name is the person's
/// <c>real_name</c> (then <c>profile.real_name</c>, then the handle <c>name</c>); the email is <c>profile.email</c>,
/// present only with the <c>users:read.email</c> scope.
/// </summary>
internal static class SlackUserJson
{
    public static SlackUser Parse(string method, JsonObject answer)
    {
        if (answer["user"] is not JsonObject user || Text(user["id"]) is not { } id)
        {
            throw new SlackApiException(method, "invalid_response", "no user");
        }

        var profile = user["profile"] as JsonObject;
        var name = Text(user["real_name"]) ?? Text(profile?["real_name"]) ?? Text(user["name"]) ?? id;
        return new SlackUser(id, name, Text(profile?["email"]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
