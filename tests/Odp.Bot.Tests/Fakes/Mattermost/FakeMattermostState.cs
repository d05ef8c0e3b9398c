using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>The fake server's users, channels, posts and commands, and the REST calls over them, under one lock.</summary>
internal sealed partial class FakeMattermostState(FakeMattermostUser bot)
{
    private const int MaxMessageLength = 16383;

    private readonly object gate = new();
    private readonly Dictionary<string, FakeMattermostUser> users = new(StringComparer.Ordinal) { [bot.Id] = bot };
    private readonly HashSet<string> channels = new(StringComparer.Ordinal);
    private readonly List<FakeMattermostPost> posts = [];
    private readonly List<FakeMattermostEphemeral> ephemerals = [];
    private int lastId;

    /// <summary>The direct channel's id for a pair, whatever the order: derived from its name <c>a__b</c>.</summary>
    public static string DirectChannelId(string a, string b)
    {
        var name = string.CompareOrdinal(a, b) < 0 ? $"{a}__{b}" : $"{b}__{a}";
        return "dm" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..24];
    }

    public void AddUser(FakeMattermostUser user)
    {
        lock (gate) users[user.Id] = user;
    }

    public void AddChannel(string id)
    {
        lock (gate) channels.Add(id);
    }

    public IReadOnlyList<FakeMattermostPost> Posts()
    {
        lock (gate) return [.. posts];
    }

    public IReadOnlyList<FakeMattermostEphemeral> Ephemerals()
    {
        lock (gate) return [.. ephemerals];
    }

    public FakeMattermostReply Handle(string operation, string? id, IReadOnlyDictionary<string, string> query, JsonNode? body)
    {
        lock (gate)
        {
            return operation switch
            {
                MattermostOperations.GetMe => Ok(200, UserJson(bot)),
                MattermostOperations.GetUser => users.TryGetValue(id!, out var user) ? Ok(200, UserJson(user)) : FakeMattermostReply.NoSuchUser(),
                MattermostOperations.GetUserByEmail => users.Values.FirstOrDefault(u => string.Equals(u.Email, id, StringComparison.OrdinalIgnoreCase)) is { } byEmail
                    ? Ok(200, UserJson(byEmail))
                    : FakeMattermostReply.NoSuchUser(),
                MattermostOperations.OpenDirectChannel => OpenDirect(body),
                MattermostOperations.CreatePost => CreatePost(body as JsonObject),
                MattermostOperations.PatchPost => PatchPost(id!, body as JsonObject),
                MattermostOperations.CreateEphemeralPost => CreateEphemeral(body as JsonObject),
                MattermostOperations.ListCommands => ListCommands(query),
                MattermostOperations.CreateCommand => CreateCommand(body as JsonObject),
                MattermostOperations.UpdateCommand => UpdateCommand(id!, body as JsonObject),
                _ => FakeMattermostReply.NotFound(),
            };
        }
    }

    private FakeMattermostReply OpenDirect(JsonNode? body)
    {
        if (body is not JsonArray ids || ids.Count != 2 || ids.Any(i => Text(i) is null))
        {
            return FakeMattermostReply.InvalidBody("Invalid or missing user_ids in request body.");
        }

        var (a, b) = (Text(ids[0])!, Text(ids[1])!);
        if (a != bot.Id && b != bot.Id) return FakeMattermostReply.NoPermission();
        if (!users.ContainsKey(a) || !users.ContainsKey(b)) return FakeMattermostReply.NoSuchUser();

        var channel = DirectChannelId(a, b);
        channels.Add(channel);
        var name = string.CompareOrdinal(a, b) < 0 ? $"{a}__{b}" : $"{b}__{a}";
        return Ok(201, new JsonObject { ["id"] = channel, ["type"] = "D", ["name"] = name, ["team_id"] = "", ["display_name"] = "" });
    }

    private FakeMattermostReply CreatePost(JsonObject? body)
    {
        if (Check(body, out var channel, out var message, out var props) is { } refused) return refused;
        var post = new FakeMattermostPost(NextId("post"), channel, bot.Id, message, props);
        posts.Add(post);
        return Ok(201, PostJson(post));
    }

    private FakeMattermostReply PatchPost(string id, JsonObject? body)
    {
        var index = posts.FindIndex(p => p.Id == id);
        if (index < 0) return FakeMattermostReply.Error(404, "app.post.get.app_error", "Unable to get the post.");
        if (body is null) return FakeMattermostReply.InvalidBody("Invalid or missing patch in request body.");
        var current = posts[index];
        var message = body.ContainsKey("message") ? Text(body["message"]) ?? "" : current.Message;
        if (message.Length > MaxMessageLength) return TooLong();
        var props = body["props"] is JsonObject replaced ? (JsonObject)replaced.DeepClone() : current.Props;
        posts[index] = current with { Message = message, Props = props, PatchCount = current.PatchCount + 1 };
        return Ok(200, PostJson(posts[index]));
    }

    private FakeMattermostReply CreateEphemeral(JsonObject? body)
    {
        if (body is null || Text(body["user_id"]) is not { } user) return FakeMattermostReply.InvalidBody("Invalid or missing user_id in request body.");
        if (!users.ContainsKey(user)) return FakeMattermostReply.NoSuchUser();
        if (Check(body["post"] as JsonObject, out var channel, out var message, out var props) is { } refused) return refused;
        var ephemeral = new FakeMattermostEphemeral(NextId("ephm"), user, channel, message, props);
        ephemerals.Add(ephemeral);
        return Ok(201, PostJson(new FakeMattermostPost(ephemeral.Id, channel, bot.Id, message, props)));
    }

    private FakeMattermostReply? Check(JsonObject? post, out string channel, out string message, out JsonObject props)
    {
        channel = Text(post?["channel_id"]) ?? "";
        message = Text(post?["message"]) ?? "";
        props = post?["props"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        if (post is null || channel.Length == 0) return FakeMattermostReply.InvalidBody("Invalid or missing post in request body.");
        if (!channels.Contains(channel)) return FakeMattermostReply.NoPermission();
        return message.Length > MaxMessageLength ? TooLong() : null;
    }

    private static FakeMattermostReply TooLong() =>
        FakeMattermostReply.Error(400, "model.post.is_valid.message_length.app_error", "Post Message property is longer than the maximum permitted length.");

    private string NextId(string prefix) => prefix + (++lastId).ToString("D22", CultureInfo.InvariantCulture);

    private static JsonObject UserJson(FakeMattermostUser user) => new()
    {
        ["id"] = user.Id,
        ["create_at"] = 1_700_000_000_000L,
        ["update_at"] = 1_700_000_000_000L,
        ["delete_at"] = 0,
        ["username"] = user.Username,
        ["email"] = user.Email ?? "",
        ["nickname"] = "",
        ["first_name"] = "",
        ["last_name"] = "",
        ["roles"] = "system_user",
        ["is_bot"] = user.IsBot,
        ["locale"] = "en",
    };

    private static JsonObject PostJson(FakeMattermostPost post) => new()
    {
        ["id"] = post.Id,
        ["create_at"] = 1_700_000_000_000L,
        ["update_at"] = 1_700_000_000_000L,
        ["edit_at"] = post.PatchCount > 0 ? 1_700_000_000_001L : 0,
        ["delete_at"] = 0,
        ["user_id"] = post.UserId,
        ["channel_id"] = post.ChannelId,
        ["root_id"] = "",
        ["message"] = post.Message,
        ["type"] = post.Attachments is null ? "" : "slack_attachment",
        ["props"] = post.Props.DeepClone(),
        ["metadata"] = new JsonObject(),
    };

    private static FakeMattermostReply Ok(int status, JsonNode body) => new(status, body);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
