using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Odp.Bot.Tests.Platforms.Slack.BlockKit;

/// <summary>
/// Checks a <c>{text, blocks}</c> Slack payload against the Block Kit limits (reference slack.md §7) and the
/// renderer's own contract: escaped mrkdwn, an input block before every button that needs one.
/// Limits are written out here on purpose rather than taken from the renderer.
/// </summary>
internal static partial class BlockKitLimits
{
    private static readonly HashSet<string> BlockTypes = ["header", "section", "context", "divider", "actions", "input"];

    public static void AssertWithin(JsonObject payload)
    {
        var violations = Violations(payload);
        Assert.True(violations.Count == 0, "Block Kit limits violated:\n" + string.Join("\n", violations));
    }

    public static List<string> Violations(JsonObject payload)
    {
        var errors = new List<string>();
        var text = Str(payload["text"]);
        Check(errors, text is { Length: > 0 and <= 4000 } && !string.IsNullOrWhiteSpace(text), "text: must be set, ≤ 4000 chars");
        CheckMrkdwn(errors, "text", text ?? string.Empty);

        var blocks = payload["blocks"] as JsonArray;
        Check(errors, blocks is { Count: > 0 and <= 50 }, $"blocks: {blocks?.Count} (1..50)");
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (blocks?.Count ?? 0); i++)
        {
            var where = $"blocks[{i}]";
            if (blocks![i] is not JsonObject block)
            {
                errors.Add($"{where}: not an object");
                continue;
            }

            var type = Str(block["type"]) ?? string.Empty;
            Check(errors, BlockTypes.Contains(type), $"{where}: unexpected type '{type}'");
            if (Str(block["block_id"]) is { } blockId)
            {
                Check(errors, blockId.Length is > 0 and <= 255, $"{where}.block_id: {blockId.Length} chars (≤ 255)");
                Check(errors, blockIds.Add(blockId), $"{where}.block_id '{blockId}' repeated");
            }

            switch (type)
            {
                case "header":
                    CheckText(errors, $"{where}.text", block["text"], "plain_text", 150);
                    break;
                case "section":
                    CheckSection(errors, where, block);
                    break;
                case "context":
                    var elements = block["elements"] as JsonArray ?? [];
                    Check(errors, elements.Count is > 0 and <= 10, $"{where}.elements: {elements.Count} (1..10)");
                    for (var e = 0; e < elements.Count; e++)
                    {
                        CheckText(errors, $"{where}.elements[{e}]", elements[e], "mrkdwn", 3000);
                    }

                    break;
                case "actions":
                    CheckActions(errors, where, block, inputs);
                    break;
                case "input":
                    CheckInput(errors, where, block, inputs);
                    break;
            }
        }

        return errors;
    }

    private static void CheckSection(List<string> errors, string where, JsonObject block)
    {
        var fields = block["fields"] as JsonArray;
        Check(errors, block["text"] is not null || fields is not null, $"{where}: a section needs text or fields");
        if (block["text"] is { } text)
        {
            CheckText(errors, $"{where}.text", text, "mrkdwn", 3000);
        }

        if (fields is not null)
        {
            Check(errors, fields.Count is > 0 and <= 10, $"{where}.fields: {fields.Count} (1..10)");
            for (var f = 0; f < fields.Count; f++)
            {
                CheckText(errors, $"{where}.fields[{f}]", fields[f], "mrkdwn", 2000);
            }
        }
    }

    private static void CheckActions(List<string> errors, string where, JsonObject block, HashSet<string> inputs)
    {
        var elements = block["elements"] as JsonArray ?? [];
        Check(errors, elements.Count is > 0 and <= 25, $"{where}.elements: {elements.Count} (1..25)");
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < elements.Count; e++)
        {
            var at = $"{where}.elements[{e}]";
            var button = elements[e] as JsonObject ?? [];
            Check(errors, Str(button["type"]) == "button", $"{at}: not a button");
            CheckText(errors, $"{at}.text", button["text"], "plain_text", 75);
            var actionId = Str(button["action_id"]) ?? string.Empty;
            Check(errors, actionId.Length is > 0 and <= 255, $"{at}.action_id: {actionId.Length} chars (1..255)");
            Check(errors, actionIds.Add(actionId), $"{at}.action_id '{actionId}' repeated in the block");
            var value = Str(button["value"]);
            var url = Str(button["url"]);
            Check(errors, (value is null) != (url is null), $"{at}: needs exactly one of value and url");
            Check(errors, value is null || value.Length <= 2000, $"{at}.value: {value?.Length} chars (≤ 2000)");
            Check(errors, url is null || url.Length <= 3000, $"{at}.url: {url?.Length} chars (≤ 3000)");
            Check(errors, Str(button["style"]) is null or "primary" or "danger", $"{at}.style: '{Str(button["style"])}'");
            if (ActionId().Match(actionId) is { Success: true } match && match.Groups["input"].Success)
            {
                var input = match.Groups["input"].Value;
                Check(errors, inputs.Contains(input), $"{at}: needs input '{input}' but no odp-input-{input} block precedes it");
            }
            else
            {
                Check(errors, ActionId().IsMatch(actionId), $"{at}.action_id '{actionId}' does not follow odp:(run|url):<hash>");
            }
        }
    }

    private static void CheckInput(List<string> errors, string where, JsonObject block, HashSet<string> inputs)
    {
        CheckText(errors, $"{where}.label", block["label"], "plain_text", 2000);
        var element = block["element"] as JsonObject ?? [];
        var actionId = Str(element["action_id"]) ?? string.Empty;
        Check(errors, Str(element["type"]) == "plain_text_input", $"{where}.element: not a plain_text_input");
        Check(errors, actionId.Length is > 0 and <= 255, $"{where}.element.action_id: {actionId.Length} chars (1..255)");
        Check(errors, Str(block["block_id"]) == "odp-input-" + actionId, $"{where}.block_id must be odp-input-{actionId}");
        Check(errors, block["dispatch_action"]?.GetValueKind() == JsonValueKind.False, $"{where}.dispatch_action must be false");
        inputs.Add(actionId);
    }

    private static void CheckText(List<string> errors, string where, JsonNode? node, string type, int max)
    {
        var text = Str(node?["text"]);
        Check(errors, Str(node?["type"]) == type, $"{where}.type: '{Str(node?["type"])}' (expected {type})");
        Check(errors, text is not null && text.Length > 0 && text.Length <= max, $"{where}.text: {text?.Length} chars (1..{max})");
        if (type == "mrkdwn" && text is not null)
        {
            CheckMrkdwn(errors, where, text);
        }
    }

    /// <summary>The renderer emits no links or mentions, so mrkdwn must hold no raw '&lt;', '&gt;' or bare '&amp;'.</summary>
    private static void CheckMrkdwn(List<string> errors, string where, string text)
    {
        Check(errors, !text.Contains('<') && !text.Contains('>'), $"{where}: unescaped '<' or '>'");
        Check(errors, !BareAmpersand().IsMatch(text), $"{where}: unescaped '&'");
    }

    private static void Check(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex("^odp:(run|url):[0-9a-f]{12}(~[0-9]+)?(:(?<input>[A-Za-z0-9_-]+))?$")]
    private static partial Regex ActionId();

    [GeneratedRegex("&(?!amp;|lt;|gt;)")]
    private static partial Regex BareAmpersand();
}
