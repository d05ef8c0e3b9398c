using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// chat.postMessage, chat.update and chat.postEphemeral with the checks Slack documents: a known channel, text or
/// blocks, at most 50 blocks (<c>invalid_blocks</c>), text at most 40,000 characters on post and 4,000 on update
/// (<c>msg_too_long</c>); an update with text and no blocks removes the blocks, one without text keeps the text.
/// </summary>
internal sealed partial class FakeSlackWorkspace
{
    private const int MaxBlocks = 50;
    private const int MaxPostText = 40_000;
    private const int MaxUpdateText = 4_000;

    private FakeSlackReply PostMessage(JsonObject body)
    {
        var channel = Text(body, "channel");
        if (channel is not null && users.ContainsKey(channel)) channel = DirectChannel(channel);
        if (channel is null || !channels.Contains(channel)) return FakeSlackReply.Error("channel_not_found");
        if (CheckContent(body, MaxPostText, out var text, out var blocks) is { } error) return error;

        var ts = NextTs();
        messages.Add(new FakeSlackMessage(channel, ts, text, blocks));
        var message = new JsonObject { ["type"] = "message", ["subtype"] = "bot_message", ["bot_id"] = "B0FAKEBOT1", ["text"] = text ?? "", ["ts"] = ts };
        if (blocks is not null) message["blocks"] = blocks.DeepClone();
        return FakeSlackReply.Ok(new JsonObject { ["channel"] = channel, ["ts"] = ts, ["message"] = message });
    }

    private FakeSlackReply Update(JsonObject body)
    {
        var channel = Text(body, "channel");
        var ts = Text(body, "ts");
        if (channel is null || !channels.Contains(channel)) return FakeSlackReply.Error("channel_not_found");
        var index = messages.FindIndex(m => m.Channel == channel && m.Ts == ts);
        if (index < 0) return FakeSlackReply.Error("message_not_found");
        if (CheckContent(body, MaxUpdateText, out var text, out var blocks) is { } error) return error;

        var old = messages[index];
        var newBlocks = body.ContainsKey("blocks") ? (blocks is { Count: > 0 } ? blocks : null)
            : text is not null ? null
            : old.Blocks;
        var updated = old with { Text = text ?? old.Text, Blocks = newBlocks, Edits = old.Edits + 1 };
        messages[index] = updated;

        var message = new JsonObject { ["text"] = updated.Text ?? "" };
        if (newBlocks is not null) message["blocks"] = newBlocks.DeepClone();
        return FakeSlackReply.Ok(new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = updated.Text ?? "", ["message"] = message });
    }

    private FakeSlackReply PostEphemeral(JsonObject body)
    {
        var channel = Text(body, "channel");
        var user = Text(body, "user");
        if (channel is null || !channels.Contains(channel)) return FakeSlackReply.Error("channel_not_found");
        if (user is null || !users.ContainsKey(user)) return FakeSlackReply.Error("user_not_found");
        if (CheckContent(body, MaxPostText, out var text, out var blocks) is { } error) return error;

        var ts = NextTs();
        ephemerals.Add(new FakeSlackEphemeral(channel, user, ts, text, blocks));
        return FakeSlackReply.Ok(new JsonObject { ["message_ts"] = ts });
    }

    private static FakeSlackReply? CheckContent(JsonObject body, int maxText, out string? text, out JsonArray? blocks)
    {
        text = body["text"] is JsonValue value && value.TryGetValue<string>(out var t) ? t : null;
        blocks = null;
        if (body["blocks"] is { } node)
        {
            if (node is not JsonArray array || array.Any(b => b is not JsonObject)) return FakeSlackReply.Error("invalid_blocks_format");
            if (array.Count > MaxBlocks) return FakeSlackReply.Error("invalid_blocks");
            blocks = (JsonArray)array.DeepClone();
        }

        if (string.IsNullOrEmpty(text) && blocks is not { Count: > 0 } && body["attachments"] is null) return FakeSlackReply.Error("no_text");
        return text?.Length > maxText ? FakeSlackReply.Error("msg_too_long") : null;
    }
}
