using System.Text.Json.Nodes;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>Builders for the Block Kit JSON the renderer emits; every text is cut to its Slack limit here.</summary>
internal static class SlackBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxHeaderText = 150;
    public const int MaxSectionText = 3000;
    public const int MaxFields = 10;
    public const int MaxFieldText = 2000;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxButtonUrl = 3000;
    public const int MaxActionsElements = 25;
    public const int MaxId = 255;
    public const int MaxLabel = 2000;
    public const int MaxFallbackText = 4000;

    /// <summary>The <c>block_id</c> of the input block for a button input, e.g. <c>odp-input-reason</c>.</summary>
    public static string InputBlockId(string input) => "odp-input-" + input;

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(CardMarkdown.Truncate(text, MaxHeaderText)),
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(CardMarkdown.Truncate(mrkdwn, MaxSectionText)),
    };

    public static JsonObject Fields(IEnumerable<string> fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode)Mrkdwn(CardMarkdown.Truncate(f, MaxFieldText))).ToArray()),
    };

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(Mrkdwn(CardMarkdown.Truncate(mrkdwn, MaxSectionText))),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(IEnumerable<JsonObject> buttons) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray(buttons.Select(b => (JsonNode)b).ToArray()),
    };

    /// <summary>An optional one-line text input that a button press submits along with it (no modal needed).</summary>
    public static JsonObject Input(string input, string label) => new()
    {
        ["type"] = "input",
        ["block_id"] = InputBlockId(input),
        ["dispatch_action"] = false,
        ["label"] = PlainText(CardMarkdown.Truncate(label, MaxLabel)),
        ["element"] = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = input,
        },
        ["optional"] = true,
    };

    public static JsonObject PlainText(string text) => new()
    {
        ["type"] = "plain_text",
        ["text"] = text,
        ["emoji"] = true,
    };

    private static JsonObject Mrkdwn(string text) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = text,
    };
}
