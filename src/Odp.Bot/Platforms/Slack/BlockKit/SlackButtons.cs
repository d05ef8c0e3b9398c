using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Turns card buttons into <c>actions</c> blocks of at most 25 buttons. See <see cref="SlackBlockKitRenderer"/>
/// for the <c>action_id</c> scheme. Buttons with neither a command nor a URL do nothing and are left out.
/// </summary>
internal static partial class SlackButtons
{
    public const string RunPrefix = "odp:run:";
    public const string UrlPrefix = "odp:url:";

    public static IEnumerable<SlackSegment> ActionsBlocks(IReadOnlyList<CardAction> actions)
    {
        var usable = actions.Where(a => a.Command is not null || a.Url is not null).ToList();
        foreach (var chunk in usable.Chunk(SlackBlocks.MaxActionsElements))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var buttons = chunk.Select(a => Button(a, ids)).ToList();
            var inputs = chunk
                .Where(a => a.Command is not null && a.Input is not null)
                .Select(a => new SlackInputNeed(a.Input!, ButtonText(a)))
                .ToList();
            yield return new SlackSegment(SlackBlocks.Actions(buttons), inputs);
        }
    }

    private static JsonObject Button(CardAction action, HashSet<string> idsInBlock)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = SlackBlocks.PlainText(ButtonText(action)),
        };
        if (action.Command is { } command)
        {
            if (command.Length > SlackBlocks.MaxButtonValue)
            {
                throw new InvalidOperationException(
                    $"Slack button '{action.Title}': the command is {command.Length} chars, over the " +
                    $"{SlackBlocks.MaxButtonValue}-char limit of a button value: {CardMarkdown.Truncate(command, 80)}");
            }

            var id = RunPrefix + Hash(command);
            if (action.Input is { } input)
            {
                if (!InputName().IsMatch(input))
                {
                    throw new InvalidOperationException(
                        $"Slack button '{action.Title}': input name '{input}' must be 1–64 letters, digits, '_' or '-'.");
                }

                id += ":" + input;
            }

            button["action_id"] = Unique(id, idsInBlock);
            button["value"] = command;
        }
        else
        {
            var url = action.Url!;
            if (url.Length > SlackBlocks.MaxButtonUrl)
            {
                throw new InvalidOperationException(
                    $"Slack button '{action.Title}': the URL is {url.Length} chars, over the {SlackBlocks.MaxButtonUrl}-char limit.");
            }

            button["action_id"] = Unique(UrlPrefix + Hash(url), idsInBlock);
            button["url"] = url;
        }

        var style = action.Style switch
        {
            CardActionStyle.Positive => "primary",
            CardActionStyle.Destructive => "danger",
            _ => null,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    private static string ButtonText(CardAction action)
    {
        var text = CardMarkdown.Plain(action.Title).Trim();
        if (text.Length == 0)
        {
            text = action.Command is null ? "Open" : "Run";
        }

        return CardMarkdown.Truncate(text, SlackBlocks.MaxButtonText);
    }

    /// <summary>
    /// Slack wants action ids unique within a block: a repeated id gets <c>~2</c>, <c>~3</c>… appended to the hash.
    /// </summary>
    private static string Unique(string id, HashSet<string> idsInBlock)
    {
        var candidate = id;
        for (var n = 2; !idsInBlock.Add(candidate); n++)
        {
            var colon = id.IndexOf(':', RunPrefix.Length);
            candidate = colon < 0 ? $"{id}~{n}" : $"{id[..colon]}~{n}{id[colon..]}";
        }

        return candidate;
    }

    /// <summary>First 12 hex digits of the SHA-256 of the text: stable across renders and processes.</summary>
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex InputName();
}
