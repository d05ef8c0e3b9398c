using System.Text.Json;
using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Platforms.Slack;

/// <summary>A button press from a <c>block_actions</c> payload, with the text typed into the card's input blocks.</summary>
public sealed record SlackPress(
    string UserId, string ChannelId, string? MessageTs, string Command, Uri ResponseUrl, IReadOnlyDictionary<string, string> Inputs)
{
    public const string InputBlockPrefix = "odp-input-";

    public static SlackPress? From(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Text(payload, "type") != "block_actions") return null;
        var user = payload.TryGetProperty("user", out var u) ? Text(u, "id") : null;
        var action = payload.TryGetProperty("actions", out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0 ? a[0] : default;
        var command = action.ValueKind == JsonValueKind.Object ? Text(action, "value") : null;
        var container = payload.TryGetProperty("container", out var c) ? c : default;
        var channel = (container.ValueKind == JsonValueKind.Object ? Text(container, "channel_id") : null)
            ?? (payload.TryGetProperty("channel", out var ch) ? Text(ch, "id") : null);
        var ts = container.ValueKind == JsonValueKind.Object ? Text(container, "message_ts") : null;
        if (user is null || command is null || !Uri.TryCreate(Text(payload, "response_url"), UriKind.Absolute, out var url)) return null;
        return new SlackPress(user, channel ?? "", ts, command, url, Inputs(payload));
    }

    /// <summary>The command with each typed input added as an option, when the command takes that option.</summary>
    public string CommandText()
    {
        CommandSpec? spec;
        try
        {
            spec = CommandParser.Parse(Command).Spec;
        }
        catch (CommandParseException)
        {
            return Command;
        }
        var extra = Inputs
            .Where(i => spec.Options.Contains(i.Key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => $" --{i.Key} \"{i.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"");
        return Command + string.Concat(extra);
    }

    private static Dictionary<string, string> Inputs(JsonElement payload)
    {
        var inputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!payload.TryGetProperty("state", out var state) || !state.TryGetProperty("values", out var values)
            || values.ValueKind != JsonValueKind.Object) return inputs;
        foreach (var block in values.EnumerateObject().Where(b => b.Name.StartsWith(InputBlockPrefix, StringComparison.Ordinal)))
        {
            if (block.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var element in block.Value.EnumerateObject())
                if (element.Value.ValueKind == JsonValueKind.Object && Text(element.Value, "value") is { } value)
                    inputs[element.Name] = value;
        }
        return inputs;
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
