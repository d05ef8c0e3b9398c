using System.Text.Json;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>Writes the Block Kit JSON the renderer emits; every text is cut to its Slack limit here.</summary>
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

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText HeaderType = JsonEncodedText.Encode("header");
    private static readonly JsonEncodedText SectionType = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText ContextType = JsonEncodedText.Encode("context");
    private static readonly JsonEncodedText DividerType = JsonEncodedText.Encode("divider");
    private static readonly JsonEncodedText PlainTextType = JsonEncodedText.Encode("plain_text");
    private static readonly JsonEncodedText MrkdwnType = JsonEncodedText.Encode("mrkdwn");
    private static readonly JsonEncodedText Emoji = JsonEncodedText.Encode("emoji");
    private static readonly JsonEncodedText FieldsName = JsonEncodedText.Encode("fields");
    private static readonly JsonEncodedText ElementsName = JsonEncodedText.Encode("elements");

    /// <summary>The largest field buffer a thread keeps (a longer field gets its own).</summary>
    private const int MaxKeptField = 8192;

    [ThreadStatic]
    private static char[]? t_field;

    /// <summary>The <c>block_id</c> of the input block for a button input, e.g. <c>odp-input-reason</c>.</summary>
    public static string InputBlockId(string input) => "odp-input-" + input;

    public static void Header(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, HeaderType);
        writer.WritePropertyName(TextName);
        PlainText(writer, CardMarkdown.Truncate(text, MaxHeaderText));
        writer.WriteEndObject();
    }

    public static void Section(Utf8JsonWriter writer, string mrkdwn)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, SectionType);
        writer.WritePropertyName(TextName);
        Mrkdwn(writer, mrkdwn, MaxSectionText);
        writer.WriteEndObject();
    }

    /// <summary>A section of fields, each <c>*Title*\nvalue</c> (or the value alone when the title is blank).</summary>
    public static void Fields(Utf8JsonWriter writer, IReadOnlyList<CardFact> facts, int start, int count)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, SectionType);
        writer.WriteStartArray(FieldsName);
        for (var i = start; i < start + count; i++)
        {
            var value = SlackMrkdwn.FromCard(facts[i].Value);
            if (string.IsNullOrWhiteSpace(facts[i].Title))
            {
                Mrkdwn(writer, value, MaxFieldText);
                continue;
            }

            var title = SlackMrkdwn.Escape(CardMarkdown.Plain(facts[i].Title).Trim());
            var length = title.Length + value.Length + 3;
            var field = t_field is { } buffer && buffer.Length >= length ? buffer : new char[Math.Max(length, 1024)];
            t_field = field.Length <= MaxKeptField ? field : t_field;
            field[0] = '*';
            title.CopyTo(field.AsSpan(1));
            "*\n".CopyTo(field.AsSpan(1 + title.Length));
            value.CopyTo(field.AsSpan(3 + title.Length));
            Mrkdwn(writer, field.AsSpan(0, length), MaxFieldText);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Context(Utf8JsonWriter writer, string mrkdwn)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, ContextType);
        writer.WriteStartArray(ElementsName);
        Mrkdwn(writer, mrkdwn, MaxSectionText);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Divider(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, DividerType);
        writer.WriteEndObject();
    }

    /// <summary>An optional one-line text input that a button press submits along with it (no modal needed).</summary>
    public static void Input(Utf8JsonWriter writer, string input, string label)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, "input");
        writer.WriteString("block_id", InputBlockId(input));
        writer.WriteBoolean("dispatch_action", false);
        writer.WritePropertyName("label");
        PlainText(writer, CardMarkdown.Truncate(label, MaxLabel));
        writer.WriteStartObject("element");
        writer.WriteString(Type, "plain_text_input");
        writer.WriteString("action_id", input);
        writer.WriteEndObject();
        writer.WriteBoolean("optional", true);
        writer.WriteEndObject();
    }

    public static void PlainText(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, PlainTextType);
        writer.WriteString(TextName, text);
        writer.WriteBoolean(Emoji, true);
        writer.WriteEndObject();
    }

    /// <summary>A mrkdwn text object, the text cut to <paramref name="max"/> chars with "…" (see <see cref="CardMarkdown.Truncate"/>).</summary>
    private static void Mrkdwn(Utf8JsonWriter writer, ReadOnlySpan<char> text, int max)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, MrkdwnType);
        var kept = CardMarkdown.Kept(text, max);
        if (kept == text.Length)
        {
            writer.WriteString(TextName, text);
        }
        else
        {
            writer.WriteString(TextName, string.Concat(text[..kept], CardMarkdown.Ellipsis));
        }

        writer.WriteEndObject();
    }
}
