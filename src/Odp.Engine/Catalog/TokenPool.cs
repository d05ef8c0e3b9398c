namespace Odp.Engine.Catalog;

/// <summary>
/// One string per distinct word, so tokenizing a large catalog does not allocate the same words again and again: the
/// same characters always give the same instance (until <see cref="TrimIfFull"/> starts over), so callers may
/// compare pooled words by reference. Not thread-safe: one pool per thread.
/// </summary>
internal sealed class TokenPool(int capacity = TokenPool.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private char[] buffer = new char[64];

    /// <summary>The pooled string with these characters.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var word)) return word;
        word = new string(chars);
        words.Add(word);
        return word;
    }

    /// <summary>The pooled <paramref name="prefix"/> followed by <paramref name="value"/> in lower case (and trimmed, when <paramref name="trim"/>).</summary>
    public string Lower(string prefix, string? value, bool trim = true)
    {
        var trimmed = trim ? (value ?? "").AsSpan().Trim() : (value ?? "").AsSpan();
        var length = prefix.Length + trimmed.Length;
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        prefix.CopyTo(buffer);
        trimmed.ToLowerInvariant(buffer.AsSpan(prefix.Length));
        return Get(buffer.AsSpan(0, length));
    }

    /// <summary>The pooled <paramref name="prefix"/>, <paramref name="first"/>, a space and <paramref name="second"/>: a word pair.</summary>
    public string Pair(string prefix, string first, string second)
    {
        var length = prefix.Length + first.Length + 1 + second.Length;
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        prefix.CopyTo(buffer);
        first.CopyTo(buffer.AsSpan(prefix.Length));
        buffer[prefix.Length + first.Length] = ' ';
        second.CopyTo(buffer.AsSpan(prefix.Length + first.Length + 1));
        return Get(buffer.AsSpan(0, length));
    }

    /// <summary>Starts over when the pool holds more than its capacity; call between documents, never within one.</summary>
    public void TrimIfFull()
    {
        if (words.Count > capacity) words.Clear();
    }
}
