namespace Odp.Bot.Cards;

/// <summary>
/// Platform-neutral text helpers for card text (the Adaptive Cards markdown subset): newline normalisation, plain
/// text without <c>**bold**</c> markers, and truncation with "…" that never splits a surrogate pair or an
/// <c>&amp;…;</c> entity. Renderers add their own escaping on top.
/// </summary>
internal static class CardMarkdown
{
    public const string Ellipsis = "…";

    /// <summary><c>\r\n</c> becomes <c>\n</c>.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Plain text for places without markup (headers, button labels, fallbacks): bold markers removed.</summary>
    public static string Plain(string text) => Normalize(text).Replace("**", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> chars (UTF-16 code units, which never
    /// undercounts a platform's character limit), ending with "…" when cut.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        var keep = Kept(text, max);
        return keep == text.Length ? text : string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>
    /// How many chars of <paramref name="text"/> <see cref="Truncate"/> keeps: all of it when it fits in
    /// <paramref name="max"/>, else the part before the "…" (never splitting a surrogate pair or an entity).
    /// </summary>
    public static int Kept(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var amp = text[..(Math.Max(cut - 1, 0) + 1)].LastIndexOf('&');
        var semi = amp < 0 ? -1 : text[amp..].IndexOf(';') is var i and >= 0 ? amp + i : -1;
        if (amp >= 0 && semi >= cut && semi - amp <= 5)
        {
            cut = amp;
        }

        return Math.Max(cut, 0);
    }
}
