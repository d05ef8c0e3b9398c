using System.Globalization;
using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>The fake workspace's state and the Web API methods over it. Every method runs under one lock.</summary>
internal sealed partial class FakeSlackWorkspace
{
    private readonly object gate = new();
    private readonly Dictionary<string, FakeSlackUser> users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> directChannels = new(StringComparer.Ordinal);
    private readonly HashSet<string> channels = new(StringComparer.Ordinal);
    private readonly List<FakeSlackMessage> messages = [];
    private readonly List<FakeSlackEphemeral> ephemerals = [];
    private int lastTs;
    private int lastChannel;

    public string SocketModeUrl { get; set; } = "wss://127.0.0.1/fake-socket-mode";

    public void AddUser(FakeSlackUser user)
    {
        lock (gate) users[user.Id] = user;
    }

    public void AddChannel(string id)
    {
        lock (gate) channels.Add(id);
    }

    public IReadOnlyList<FakeSlackMessage> Messages()
    {
        lock (gate) return [.. messages];
    }

    public IReadOnlyList<FakeSlackEphemeral> Ephemerals()
    {
        lock (gate) return [.. ephemerals];
    }

    public FakeSlackReply Handle(string method, JsonObject body)
    {
        lock (gate)
        {
            return method switch
            {
                "chat.postMessage" => PostMessage(body),
                "chat.update" => Update(body),
                "chat.postEphemeral" => PostEphemeral(body),
                "conversations.open" => OpenConversation(body),
                "users.info" => UserInfo(body),
                "users.lookupByEmail" => LookupByEmail(body),
                "apps.connections.open" => FakeSlackReply.Ok(new JsonObject { ["url"] = SocketModeUrl }),
                "auth.test" => FakeSlackReply.Ok(new JsonObject { ["user_id"] = "U0ODPBOT", ["team_id"] = "T0FAKE0001", ["bot_id"] = "B0ODPBOT" }),
                _ => FakeSlackReply.Error("unknown_method", 404),
            };
        }
    }

    private FakeSlackReply OpenConversation(JsonObject body)
    {
        var ids = (Text(body, "users") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            var channel = Text(body, "channel");
            return channel is not null && channels.Contains(channel)
                ? FakeSlackReply.Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = channel } })
                : FakeSlackReply.Error(channel is null ? "not_enough_users" : "channel_not_found");
        }

        if (ids.Length > 8) return FakeSlackReply.Error("too_many_users");
        if (ids.FirstOrDefault(id => !users.ContainsKey(id)) is not null) return FakeSlackReply.Error("user_not_found");
        if (ids.Length > 1) return FakeSlackReply.Error("method_not_supported_for_channel_type");

        var existed = directChannels.ContainsKey(ids[0]);
        var id = DirectChannel(ids[0]);
        if (!Flag(body, "return_im")) return FakeSlackReply.Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = id } });

        var answer = new JsonObject();
        if (existed)
        {
            answer["no_op"] = true;
            answer["already_open"] = true;
        }

        answer["channel"] = new JsonObject { ["id"] = id, ["is_im"] = true, ["user"] = ids[0], ["is_open"] = true };
        return FakeSlackReply.Ok(answer);
    }

    private FakeSlackReply UserInfo(JsonObject body) =>
        Text(body, "user") is { } id && users.TryGetValue(id, out var user)
            ? FakeSlackReply.Ok(new JsonObject { ["user"] = UserJson(user) })
            : FakeSlackReply.Error("user_not_found");

    private FakeSlackReply LookupByEmail(JsonObject body)
    {
        var email = Text(body, "email");
        if (email is null) return FakeSlackReply.Error("invalid_arguments");
        var user = users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
        return user is null ? FakeSlackReply.Error("users_not_found") : FakeSlackReply.Ok(new JsonObject { ["user"] = UserJson(user) });
    }

    private static JsonObject UserJson(FakeSlackUser user)
    {
        var profile = new JsonObject { ["real_name"] = user.RealName, ["display_name"] = user.Name };
        if (user.Email is not null) profile["email"] = user.Email;
        return new JsonObject
        {
            ["id"] = user.Id,
            ["team_id"] = "T0FAKE0001",
            ["name"] = user.Name,
            ["deleted"] = false,
            ["real_name"] = user.RealName,
            ["is_bot"] = false,
            ["profile"] = profile,
        };
    }

    private string DirectChannel(string userId)
    {
        if (!directChannels.TryGetValue(userId, out var id))
        {
            id = "D" + (++lastChannel).ToString("D8", CultureInfo.InvariantCulture);
            directChannels[userId] = id;
            channels.Add(id);
        }

        return id;
    }

    private string NextTs()
    {
        var micros = ++lastTs * 100L;
        return string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000L + micros / 1_000_000}.{micros % 1_000_000:D6}");
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static bool Flag(JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => s is "true" or "1",
        _ => false,
    };
}
