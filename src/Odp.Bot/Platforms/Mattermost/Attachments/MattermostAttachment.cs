using System.Globalization;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// One attachment being laid out: an optional title, Markdown lines, facts (→ <c>fields</c>) and buttons. The
/// budget shortens it (<see cref="TextLimit"/>, dropped fields) before it is turned into JSON.
/// </summary>
internal sealed class MattermostAttachment
{
    public const int MaxTitle = 250;
    public const int MaxText = 8000;
    public const int MaxFallback = 300;
    public const int MaxFieldTitle = 100;
    public const int MaxFieldValue = 2000;
    public const int MaxButtonName = 50;
    public const int MaxShortField = 40;

    public string? Title { get; set; }

    public List<string> Lines { get; } = [];

    public List<CardFact> Fields { get; } = [];

    public List<CardAction> Actions { get; } = [];

    public int TextLimit { get; set; } = MaxText;

    public int DroppedFields { get; set; }

    /// <summary>"…and N more not shown" for whole attachments the budget left out after this one.</summary>
    public int DroppedAfter { get; set; }

    public List<CardAction> Buttons => Actions.Where(a => a.Command is not null).ToList();

    public bool IsEmpty =>
        Title is null && Lines.Count == 0 && Fields.Count == 0 && !Actions.Any(a => a.Command is not null || a.Url is not null);

    /// <summary>The body lines as one text, cut to <see cref="TextLimit"/>.</summary>
    public string Body() => CardMarkdown.Truncate(string.Join("\n", Lines), TextLimit);

    public string Text()
    {
        var parts = new List<string>();
        if (Body() is { Length: > 0 } body)
        {
            parts.Add(body);
        }

        var links = Actions.Where(a => a.Command is null && a.Url is not null).Select(Link).ToList();
        if (links.Count > 0)
        {
            parts.Add(string.Join(" · ", links));
        }

        parts.AddRange(Buttons.Where(b => b.Input is not null).Select(InputNote));
        if (DroppedFields > 0)
        {
            parts.Add($"_…and {Count(DroppedFields)} more fields not shown_");
        }

        if (DroppedAfter > 0)
        {
            parts.Add($"_…and {Count(DroppedAfter)} more not shown_");
        }

        return string.Join("\n", parts);
    }

    public JsonObject ToJson(string fallback, string color, Func<CardAction, JsonObject> button)
    {
        var attachment = new JsonObject
        {
            ["fallback"] = CardMarkdown.Truncate(fallback, MaxFallback),
            ["color"] = color,
        };
        if (Title is not null)
        {
            attachment["title"] = CardMarkdown.Truncate(Title, MaxTitle);
        }

        if (Text() is { Length: > 0 } text)
        {
            attachment["text"] = text;
        }

        if (Fields.Count > 0)
        {
            attachment["fields"] = new JsonArray(Fields.Select(f => (JsonNode)Field(f)).ToArray());
        }

        var buttons = Buttons;
        if (buttons.Count > 0)
        {
            attachment["actions"] = new JsonArray(buttons.Select(b => (JsonNode)button(b)).ToArray());
        }

        return attachment;
    }

    public static JsonObject Field(CardFact fact)
    {
        var value = CardMarkdown.Truncate(CardMarkdown.Normalize(fact.Value), MaxFieldValue);
        return new JsonObject
        {
            ["title"] = CardMarkdown.Truncate(CardMarkdown.Plain(fact.Title).Trim(), MaxFieldTitle),
            ["value"] = value,
            ["short"] = value.Length <= MaxShortField && !value.Contains('\n'),
        };
    }

    /// <summary>E.g. <c>_Deny needs a reason_: type `/odp deny ODP-1 --reason "…"`</c>.</summary>
    private static string InputNote(CardAction action)
    {
        var line = action.CommandLine()!;
        var typed = line.Contains('`') ? line : $"`{line}`";
        var name = CardMarkdown.Plain(action.Title).Trim();
        return $"_{(name.Length > 0 ? name : "This")} needs a {action.Input}_: type {typed}";
    }

    private static string Link(CardAction action)
    {
        var name = CardMarkdown.Plain(action.Title).Trim().Replace("[", "(").Replace("]", ")");
        return $"[{(name.Length > 0 ? name : action.Url)}]({action.Url!.Replace(" ", "%20").Replace(")", "%29")})";
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
