namespace Odp.Engine.Catalog.Index;

/// <summary>
/// One field of one index segment in memory: its words in ordinal order, and for each word the documents that hold
/// it, as ascending gaps in variable-length bytes (one byte for a gap under 128, so a common word costs about a byte a
/// document). Immutable; built by <see cref="SegmentPostings"/>.
/// </summary>
internal sealed class FieldPostings
{
    public static readonly FieldPostings Empty = new([], [], [], []);

    private readonly string[] words;
    private readonly int[] starts;
    private readonly int[] counts;
    private readonly byte[] gaps;

    /// <param name="words">The words, sorted with <see cref="string.CompareOrdinal(string, string)"/>.</param>
    /// <param name="starts">Where each word's gaps start in <paramref name="gaps"/>.</param>
    /// <param name="counts">How many documents hold each word.</param>
    public FieldPostings(string[] words, int[] starts, int[] counts, byte[] gaps)
    {
        this.words = words;
        this.starts = starts;
        this.counts = counts;
        this.gaps = gaps;
    }

    public int WordCount => words.Length;

    /// <summary>The bytes held, for the memory budget.</summary>
    public long Bytes => gaps.Length + words.Length * 8L + words.Sum(w => 24L + 2 * w.Length);

    public string Word(int index) => words[index];

    public int Count(int index) => counts[index];

    /// <summary>The index of <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var at = LowerBound(word);
        return at < words.Length && word.SequenceEqual(words[at]) ? at : -1;
    }

    /// <summary>The first word at or after <paramref name="word"/> in ordinal order (<see cref="WordCount"/> when none).</summary>
    public int LowerBound(ReadOnlySpan<char> word)
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

    /// <summary>The documents holding the word at <paramref name="index"/>, ascending.</summary>
    public PostingReader Read(int index) => new(gaps, starts[index], counts[index]);
}
