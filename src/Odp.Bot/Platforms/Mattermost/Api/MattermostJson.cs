using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>Reads and writes the REST v4 objects the client uses: users, commands, the id of a created object.</summary>
internal static class MattermostJson
{
    /// <summary>A user object: <c>id</c>, <c>username</c>, <c>email</c> (empty for bots or when hidden: null).</summary>
    public static MattermostUser User(string operation, JsonNode? answer) =>
        answer is JsonObject user && Text(user["id"]) is { } id
            ? new MattermostUser(id, Text(user["username"]) ?? id, Text(user["email"]))
            : throw Invalid(operation, "no user id");

    public static string Id(string operation, JsonNode? answer) =>
        answer is JsonObject json && Text(json["id"]) is { } id ? id : throw Invalid(operation, "no id");

    /// <summary>
    /// A command as the commands API takes it. <c>auto_complete_desc</c> (shown while typing) repeats the
    /// description; <c>id</c> and <c>token</c> are sent only when known (an update sends the full command).
    /// </summary>
    public static JsonObject Command(MattermostCommand command)
    {
        var json = new JsonObject();
        if (command.Id is not null) json["id"] = command.Id;
        json["team_id"] = command.TeamId;
        json["trigger"] = command.Trigger;
        json["url"] = command.Url;
        json["method"] = command.Method;
        json["display_name"] = command.DisplayName;
        json["description"] = command.Description;
        json["auto_complete"] = command.AutoComplete;
        json["auto_complete_desc"] = command.Description;
        json["auto_complete_hint"] = command.AutoCompleteHint;
        if (command.Token is not null) json["token"] = command.Token;
        return json;
    }

    public static MattermostCommand Command(string operation, JsonNode? answer)
    {
        if (answer is not JsonObject json || Text(json["team_id"]) is not { } team || Text(json["trigger"]) is not { } trigger)
        {
            throw Invalid(operation, "no command");
        }

        return new MattermostCommand(
            Text(json["id"]),
            team,
            trigger,
            Text(json["url"]) ?? "",
            Text(json["method"]) ?? "P",
            Text(json["display_name"]) ?? "",
            Text(json["description"]) ?? "",
            Text(json["auto_complete_hint"]) ?? "",
            json["auto_complete"] is JsonValue auto && auto.TryGetValue<bool>(out var on) && on,
            Text(json["token"]));
    }

    public static IReadOnlyList<MattermostCommand> Commands(string operation, JsonNode? answer) =>
        answer is JsonArray list ? [.. list.Select(c => Command(operation, c))] : throw Invalid(operation, "not a list");

    public static JsonObject Post(MattermostPost post)
    {
        var json = new JsonObject { ["channel_id"] = post.ChannelId, ["message"] = post.Message };
        if (post.Attachments is not null) json["props"] = Props(post);
        return json;
    }

    public static JsonObject Props(MattermostPost post) => new() { ["attachments"] = post.Attachments?.DeepClone() ?? new JsonArray() };

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public static MattermostApiException Invalid(string operation, string message) => new(operation, 0, "invalid_response", message);
}
