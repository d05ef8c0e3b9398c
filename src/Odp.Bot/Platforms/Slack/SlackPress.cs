using System.Text.Json;
using Odp.Bot.Platforms.Http;
using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Platforms.Slack;

/// <summary>A button press from a <c>block_actions</c> payload, with the text typed into the card's input blocks.</summary>
public sealed record SlackPress(
    string UserId,
    string ChannelId,
    string? MessageTs,
    string Command,
    Uri ResponseUrl,
    IReadOnlyDictionary<string, string> Inputs,
    string? RequiredInput = null)
{
    /// <summary>What to tell the presser when the button needs text they did not type; null when nothing is missing.</summary>
    public string? MissingInput =>
        RequiredInput is { } input && string.IsNullOrWhiteSpace(Inputs.GetValueOrDefault(input))
            ? $"Please type a {input} in the box on the card, then press the button again."
            : null;

    public const string InputBlockPrefix = "odp-input-";

    /// <summary>True for a press of a link button: Slack reports it too, and there is nothing to run.</summary>
    public static bool IsLinkOnly(JsonElement payload) =>
        payload.TryGetProperty("actions", out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0
        && a[0].ValueKind == JsonValueKind.Object && PlatformJson.Text(a[0], "value") is null && PlatformJson.Text(a[0], "url") is not null;

    public static SlackPress? From(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || PlatformJson.Text(payload, "type") != "block_actions") return null;
        var user = payload.TryGetProperty("user", out var u) ? PlatformJson.Text(u, "id") : null;
        var action = payload.TryGetProperty("actions", out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0 ? a[0] : default;
        var command = action.ValueKind == JsonValueKind.Object ? PlatformJson.Text(action, "value") : null;
        var container = payload.TryGetProperty("container", out var c) ? c : default;
        var channel = (container.ValueKind == JsonValueKind.Object ? PlatformJson.Text(container, "channel_id") : null)
            ?? (payload.TryGetProperty("channel", out var ch) ? PlatformJson.Text(ch, "id") : null);
        var ts = container.ValueKind == JsonValueKind.Object ? PlatformJson.Text(container, "message_ts") : null;
        if (user is null || command is null || !Uri.TryCreate(PlatformJson.Text(payload, "response_url"), UriKind.Absolute, out var url)) return null;
        // Buttons that need text have action ids like odp:run:<hash>:<input> (see SlackBlockKitRenderer).
        var actionId = PlatformJson.Text(action, "action_id") ?? "";
        var parts = actionId.Split(':');
        var required = parts.Length == 4 && actionId.StartsWith(BlockKit.SlackBlockKitRenderer.RunActionPrefix, StringComparison.Ordinal) ? parts[3] : null;
        return new SlackPress(user, channel ?? "", ts, command, url, ReadInputs(payload), required);
    }

    /// <summary>The command with each typed input added as an option, when the command takes that option.</summary>
    public string CommandText()
    {
        // The bare command may lack the very option the input supplies (deny needs --reason), so look the spec up by name.
        var words = Command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Length > 0 && words[0].TrimStart('/').Equals("odp", StringComparison.OrdinalIgnoreCase) ? words.ElementAtOrDefault(1) : words.FirstOrDefault();
        var spec = name is null ? null : CommandSpecs.Find(name);
        if (spec is null) return Command;
        var extra = Inputs
            .Where(i => spec.Options.Contains(i.Key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => $" --{i.Key} \"{i.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"");
        return Command + string.Concat(extra);
    }

    private static Dictionary<string, string> ReadInputs(JsonElement payload)
    {
        var inputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!payload.TryGetProperty("state", out var state) || !state.TryGetProperty("values", out var values)
            || values.ValueKind != JsonValueKind.Object) return inputs;
        foreach (var block in values.EnumerateObject().Where(b => b.Name.StartsWith(InputBlockPrefix, StringComparison.Ordinal)))
        {
            if (block.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var element in block.Value.EnumerateObject())
                if (element.Value.ValueKind == JsonValueKind.Object && PlatformJson.Text(element.Value, "value") is { } value)
                    inputs[element.Name] = value;
        }
        return inputs;
    }
}
