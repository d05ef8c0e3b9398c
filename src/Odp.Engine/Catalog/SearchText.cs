namespace Odp.Engine.Catalog;

/// <summary>Tokenizing and token matching shared by the file catalog's ranking and suggestions.</summary>
internal static class SearchText
{
    /// <summary>Full credit for an exact token, partial credit for a prefix match.</summary>
    public const double ExactMatch = 1.0;
    public const double PrefixMatch = 0.6;

    /// <summary>
    /// Lower-case tokens, split on anything that is not a letter or digit (so <c>.</c>, <c>_</c>, <c>-</c>, spaces)
    /// and on camelCase boundaries: <c>lake.sales.orderItems</c> → lake, sales, order, items.
    /// </summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens, pool: null);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/>, as pooled strings when a pool is given.</summary>
    public static void Tokenize(string? text, List<string> tokens, TokenPool? pool)
    {
        if (string.IsNullOrEmpty(text)) return;

        Span<char> current = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(current[..length], tokens, pool);
                length = 0;
                continue;
            }

            if (length > 0 && char.IsUpper(c))
            {
                var previous = text[i - 1];
                var nextIsLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                if (!char.IsUpper(previous) || nextIsLower)
                {
                    Flush(current[..length], tokens, pool);
                    length = 0;
                }
            }

            current[length++] = char.ToLowerInvariant(c);
        }

        Flush(current[..length], tokens, pool);
    }

    /// <summary>
    /// How well a query token matches a field token: exact, a prefix ("order" → "orders", for query tokens of
    /// three or more characters), or a near-plural the other way round ("orders" → "order"). No stemming.
    /// </summary>
    public static double Match(string queryToken, string fieldToken)
    {
        if (queryToken == fieldToken) return ExactMatch;
        if (queryToken.Length >= 3 && fieldToken.StartsWith(queryToken, StringComparison.Ordinal)) return PrefixMatch;
        if (fieldToken.Length >= 3 && queryToken.Length - fieldToken.Length <= 2
            && queryToken.StartsWith(fieldToken, StringComparison.Ordinal)) return PrefixMatch;
        return 0;
    }

    /// <summary>
    /// The best match of the phrase (one or more query tokens) as a contiguous run in <paramref name="field"/>: one
    /// token matches as <see cref="Match"/> says, several only exactly. Zero when the phrase does not occur.
    /// </summary>
    public static double MatchPhrase(IReadOnlyList<string> phrase, IReadOnlyList<string> field)
    {
        var best = 0.0;
        for (var start = 0; start + phrase.Count <= field.Count; start++)
        {
            var run = ExactMatch;
            for (var k = 0; k < phrase.Count && run > 0; k++)
            {
                run = phrase.Count == 1 ? Match(phrase[k], field[start + k])
                    : phrase[k] == field[start + k] ? ExactMatch : 0;
            }

            best = Math.Max(best, run);
            if (best >= ExactMatch) break;
        }

        return best;
    }

    private static void Flush(ReadOnlySpan<char> token, List<string> tokens, TokenPool? pool)
    {
        if (token.IsEmpty) return;
        tokens.Add(pool is null ? new string(token) : pool.Get(token));
    }
}
