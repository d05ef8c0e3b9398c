using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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

    private static readonly JsonEncodedText ActionsType = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText ElementsName = JsonEncodedText.Encode("elements");
    private static readonly JsonEncodedText ButtonType = JsonEncodedText.Encode("button");
    private static readonly JsonEncodedText ActionIdName = JsonEncodedText.Encode("action_id");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText StyleName = JsonEncodedText.Encode("style");
    private static readonly JsonEncodedText Primary = JsonEncodedText.Encode("primary");
    private static readonly JsonEncodedText Danger = JsonEncodedText.Encode("danger");

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>Adds the actions blocks for <paramref name="actions"/>; every button is checked against Slack's limits first.</summary>
    public static void AddActionsBlocks(IReadOnlyList<CardAction> actions, List<SlackSegment> segments)
    {
        var usable = actions;
        foreach (var action in actions)
        {
            if (action.Command is null && action.Url is null)
            {
                usable = [.. actions.Where(a => a.Command is not null || a.Url is not null)];
                break;
            }
        }

        foreach (var action in usable)
        {
            Check(action);
        }

        for (var start = 0; start < usable.Count; start += SlackBlocks.MaxActionsElements)
        {
            segments.Add(new SlackSegment(SlackBlockKind.Actions, Buttons: usable, Start: start,
                Count: Math.Min(SlackBlocks.MaxActionsElements, usable.Count - start)));
        }
    }

    public static void WriteActions(Utf8JsonWriter writer, SlackSegment block)
    {
        writer.WriteStartObject();
        writer.WriteString(SlackBlocks.Type, ActionsType);
        writer.WriteStartArray(ElementsName);
        var ids = new ActionId[block.Count];
        for (var i = 0; i < block.Count; i++)
        {
            WriteButton(writer, block.Buttons![block.Start + i], ids, i);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string ButtonText(CardAction action)
    {
        var text = CardMarkdown.Plain(action.Title).Trim();
        if (text.Length == 0)
        {
            text = action.Command is null ? "Open" : "Run";
        }

        return CardMarkdown.Truncate(text, SlackBlocks.MaxButtonText);
    }

    private static void Check(CardAction action)
    {
        if (action.Command is { } command)
        {
            if (command.Length > SlackBlocks.MaxButtonValue)
            {
                throw new InvalidOperationException(
                    $"Slack button '{action.Title}': the command is {command.Length} chars, over the " +
                    $"{SlackBlocks.MaxButtonValue}-char limit of a button value: {CardMarkdown.Truncate(command, 80)}");
            }

            if (action.Input is { } input && !InputName().IsMatch(input))
            {
                throw new InvalidOperationException(
                    $"Slack button '{action.Title}': input name '{input}' must be 1–64 letters, digits, '_' or '-'.");
            }
        }
        else if (action.Url!.Length > SlackBlocks.MaxButtonUrl)
        {
            throw new InvalidOperationException(
                $"Slack button '{action.Title}': the URL is {action.Url.Length} chars, over the {SlackBlocks.MaxButtonUrl}-char limit.");
        }
    }

    private static void WriteButton(Utf8JsonWriter writer, CardAction action, ActionId[] idsInBlock, int index)
    {
        writer.WriteStartObject();
        writer.WriteString(SlackBlocks.Type, ButtonType);
        writer.WritePropertyName(SlackBlocks.TextName);
        SlackBlocks.PlainText(writer, ButtonText(action));
        var target = action.Command ?? action.Url!;
        var id = Unique(new ActionId(action.Command is null, Hash(target), action.Command is null ? null : action.Input, 1), idsInBlock, index);
        Span<char> text = stackalloc char[ActionId.MaxLength];
        writer.WriteString(ActionIdName, text[..id.Format(text)]);
        writer.WriteString(action.Command is null ? UrlName : ValueName, target);
        switch (action.Style)
        {
            case CardActionStyle.Positive:
                writer.WriteString(StyleName, Primary);
                break;
            case CardActionStyle.Destructive:
                writer.WriteString(StyleName, Danger);
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Slack wants action ids unique within a block: a repeated id gets <c>~2</c>, <c>~3</c>… appended to the hash.
    /// <paramref name="idsInBlock"/> holds the ids before <paramref name="index"/>; the one chosen is stored there.
    /// </summary>
    private static ActionId Unique(ActionId id, ActionId[] idsInBlock, int index)
    {
        var candidate = id;
        for (var n = 2; Array.IndexOf(idsInBlock, candidate, 0, index) >= 0; n++)
        {
            candidate = id with { Repeat = n };
        }

        return idsInBlock[index] = candidate;
    }

    /// <summary>First 6 bytes (12 hex digits) of the SHA-256 of the text: stable across renders and processes.</summary>
    private static ulong Hash(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
        sha.GetHashAndReset(hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16;
    }

    /// <summary>
    /// An <c>action_id</c>: <c>odp:run:&lt;h&gt;</c> (<c>odp:url:&lt;h&gt;</c> for a URL), then <c>~n</c> from the second
    /// time in a block, then <c>:&lt;input&gt;</c> for a submit button that needs one.
    /// </summary>
    private readonly record struct ActionId(bool Url, ulong Hash, string? Input, int Repeat)
    {
        public const int MaxLength = 8 + 12 + 12 + 1 + 64;

        public int Format(Span<char> text)
        {
            (Url ? UrlPrefix : RunPrefix).CopyTo(text);
            Span<byte> hash = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(hash, Hash << 16);
            Convert.TryToHexStringLower(hash[..6], text[8..], out var written);
            var at = 8 + written;
            if (Repeat > 1)
            {
                text[at++] = '~';
                Repeat.TryFormat(text[at..], out written, provider: CultureInfo.InvariantCulture);
                at += written;
            }

            if (Input is not null)
            {
                text[at++] = ':';
                Input.CopyTo(text[at..]);
                at += Input.Length;
            }

            return at;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex InputName();
}
