using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>Custom slash commands per team: created with a fresh token, updated in place keeping id, team and token.</summary>
internal sealed partial class FakeMattermostState
{
    private static readonly string[] Required = ["team_id", "trigger", "url", "method"];
    private static readonly string[] Updatable =
        ["trigger", "url", "method", "display_name", "description", "auto_complete", "auto_complete_desc", "auto_complete_hint", "username", "icon_url"];

    private readonly List<JsonObject> commands = [];

    public IReadOnlyList<JsonObject> Commands(string teamId)
    {
        lock (gate) return [.. commands.Where(c => Text(c["team_id"]) == teamId).Select(c => (JsonObject)c.DeepClone())];
    }

    private FakeMattermostReply ListCommands(IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue("team_id", out var team) || team.Length == 0)
        {
            return FakeMattermostReply.Error(400, "api.context.invalid_url_param.app_error", "Invalid or missing team_id parameter in request URL.");
        }

        return Ok(200, new JsonArray([.. commands.Where(c => Text(c["team_id"]) == team).Select(c => c.DeepClone())]));
    }

    private FakeMattermostReply CreateCommand(JsonObject? body)
    {
        if (body is null || Required.Any(f => Text(body[f]) is null)) return FakeMattermostReply.InvalidBody("Invalid or missing command in request body.");
        if (Text(body["method"]) is not ("P" or "G")) return InvalidCommand("method");
        var team = Text(body["team_id"])!;
        var trigger = Text(body["trigger"])!;
        if (trigger.StartsWith('/') || trigger.Contains(' ')) return InvalidCommand("trigger");
        if (commands.Any(c => Text(c["team_id"]) == team && Text(c["trigger"]) == trigger))
        {
            return FakeMattermostReply.Error(400, "api.command.duplicate_trigger.app_error", "This trigger word is already in use. Please choose another word.");
        }

        var command = new JsonObject
        {
            ["id"] = NextId("cmnd"),
            ["token"] = NextId("tokn"),
            ["creator_id"] = bot.Id,
            ["create_at"] = 1_700_000_000_000L,
            ["update_at"] = 1_700_000_000_000L,
            ["delete_at"] = 0,
            ["team_id"] = team,
        };
        Apply(command, body);
        commands.Add(command);
        return Ok(201, command.DeepClone());
    }

    private FakeMattermostReply UpdateCommand(string id, JsonObject? body)
    {
        var command = commands.FirstOrDefault(c => Text(c["id"]) == id);
        if (command is null) return FakeMattermostReply.Error(404, "app.command.getcommand.app_error", "We couldn't get the command.");
        if (body is null || Text(body["id"]) != id) return FakeMattermostReply.InvalidBody("Invalid or missing command in request body.");
        if (Text(body["team_id"]) is { } team && team != Text(command["team_id"]))
        {
            return FakeMattermostReply.Error(400, "api.command.team_mismatch.app_error", "Unable to update commands across teams.");
        }

        if (Text(body["method"]) is { } method && method is not ("P" or "G")) return InvalidCommand("method");
        Apply(command, body);
        return Ok(200, command.DeepClone());
    }

    private static void Apply(JsonObject command, JsonObject body)
    {
        foreach (var field in Updatable)
        {
            if (body.ContainsKey(field)) command[field] = body[field]?.DeepClone();
        }
    }

    private static FakeMattermostReply InvalidCommand(string field) =>
        FakeMattermostReply.Error(400, $"model.command.is_valid.{field}.app_error", $"Invalid {field}.");
}
