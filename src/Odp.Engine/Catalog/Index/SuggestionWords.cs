using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Words a "did you mean" may offer from one segment, in memory: each with how many documents use it and a 64-bit
/// set of its characters, so a typo is compared only with words of about its length and characters (each edit changes
/// at most two bits of the set). Words longer than an edited <see cref="EditDistance.MaxWordLength"/>-letter typo can
/// reach are left out.
/// </summary>
internal sealed class SuggestionWords
{
    public static readonly SuggestionWords Empty = new([], [], []);

    private readonly string[] words;
    private readonly int[] uses;
    private readonly ulong[] characters;

    private SuggestionWords(string[] words, int[] uses, ulong[] characters)
    {
        this.words = words;
        this.uses = uses;
        this.characters = characters;
    }

    public long Bytes => words.Sum(w => 36L + 2 * w.Length) + 12L * words.Length;

    /// <summary>The words of <paramref name="field"/>, with how many documents use each.</summary>
    public static SuggestionWords Read(AtomicReader segment, string field)
    {
        var terms = segment.GetTerms(field)?.GetEnumerator();
        var found = new List<(string Word, int Uses)>();
        while (terms is not null && terms.MoveNext()) Add(found, terms.Term.Utf8ToString(), terms.DocFreq);
        found.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        return Of(found);
    }

    /// <summary>The words of a field already in memory (in ordinal order), used by as many documents as they hold.</summary>
    public static SuggestionWords Of(FieldPostings field)
    {
        var found = new List<(string Word, int Uses)>();
        for (var i = 0; i < field.WordCount; i++) Add(found, field.Word(i), field.Count(i));
        return Of(found);
    }

    private static void Add(List<(string Word, int Uses)> found, string word, int uses)
    {
        if (word.Length >= 3 && word.Length <= EditDistance.MaxWordLength + 2) found.Add((word, uses));
    }

    private static SuggestionWords Of(List<(string Word, int Uses)> found) =>
        new([.. found.Select(f => f.Word)], [.. found.Select(f => f.Uses)], [.. found.Select(f => Characters(f.Word))]);

    /// <summary>Whether a word equals <paramref name="token"/>, extends it (three letters or more) or is it shortened by one or two letters (<see cref="SearchText.Match"/>).</summary>
    public bool Matches(string token)
    {
        var at = LowerBound(token);
        if (at < words.Length && (words[at] == token || (token.Length >= 3 && words[at].StartsWith(token, StringComparison.Ordinal)))) return true;
        for (var cut = 1; cut <= 2 && token.Length - cut >= 3; cut++)
        {
            var shorter = token.AsSpan(0, token.Length - cut);
            var i = LowerBound(shorter);
            if (i < words.Length && shorter.SequenceEqual(words[i])) return true;
        }

        return false;
    }

    /// <summary>Adds the words within <paramref name="allowed"/> edits of <paramref name="token"/>.</summary>
    public void Collect(string token, int allowed, List<(string Word, int Distance, int Uses)> candidates)
    {
        var set = Characters(token);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Math.Abs(word.Length - token.Length) > allowed || ulong.PopCount(characters[i] ^ set) > 2 * (ulong)allowed) continue;
            var distance = EditDistance.Within(token, word, allowed);
            if (distance <= allowed) candidates.Add((word, distance, uses[i]));
        }
    }

    private int LowerBound(ReadOnlySpan<char> word)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (words[middle].AsSpan().SequenceCompareTo(word) < 0) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>One bit per letter or digit present (a-z, 0-9), other characters folded onto the remaining bits.</summary>
    private static ulong Characters(string word)
    {
        ulong set = 0;
        foreach (var c in word)
        {
            var bit = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26 + c - '0',
                _ => 36 + c % 28,
            };
            set |= 1UL << bit;
        }

        return set;
    }
}
