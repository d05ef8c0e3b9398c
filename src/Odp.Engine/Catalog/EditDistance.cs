namespace Odp.Engine.Catalog;

/// <summary>Optimal-string-alignment Damerau–Levenshtein distance: a swap of neighbours ("chrun" → "churn") costs 1.</summary>
public static class EditDistance
{
    /// <summary>
    /// The longest word that earns "did you mean" suggestions. Longer words are not typos of a catalog word but
    /// pasted text or noise, and comparing them costs in proportion to their length.
    /// </summary>
    public const int MaxWordLength = 32;

    public static int Between(string a, string b) => Within(a, b, int.MaxValue);

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, otherwise some value above <paramref name="max"/>
    /// (stopping early); allocation-free. Costs the product of the lengths at most.
    /// </summary>
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max == int.MaxValue ? max : max + 1;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        // Three rows of the matrix: two back (for swaps), one back and the current one.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max) return max + 1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// How many edits a typo of this length may have and still earn a suggestion: none under three letters or over
    /// <see cref="MaxWordLength"/>, one up to five letters, two beyond.
    /// </summary>
    public static int Allowed(int length) => length switch
    {
        < 3 or > MaxWordLength => 0,
        <= 5 => 1,
        _ => 2,
    };
}
