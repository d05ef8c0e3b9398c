using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Checks phrases with the word positions the index keeps: a phrase matches where its words stand one after the other
/// (values of a multi-valued field are <see cref="TokenListField.ValueGap"/> apart, so a phrase never spans two).
/// </summary>
internal static class PhrasePositions
{
    /// <summary>The <paramref name="candidates"/> (ascending, each holding every word) in which the words form the phrase.</summary>
    public static List<int> Matching(AtomicReader segment, string field, IReadOnlyList<string> words, List<int> candidates)
    {
        var matching = new List<int>();
        var terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null) return matching;
        var positions = new DocsAndPositionsEnum[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (!terms.SeekExact(new BytesRef(words[i])) || terms.DocsAndPositions(null, null, DocsAndPositionsFlags.NONE) is not { } enumerator)
                return matching;
            positions[i] = enumerator;
        }

        var at = new List<int>[words.Count];
        for (var i = 0; i < words.Count; i++) at[i] = [];
        foreach (var doc in candidates)
        {
            if (Read(positions, doc, at) && Consecutive(at)) matching.Add(doc);
        }

        return matching;
    }

    /// <summary>Each word's positions in <paramref name="doc"/>; false when a word is not there.</summary>
    private static bool Read(DocsAndPositionsEnum[] positions, int doc, List<int>[] at)
    {
        for (var i = 0; i < positions.Length; i++)
        {
            at[i].Clear();
            var word = positions[i];
            // Candidates are often close together: stepping is cheaper than skipping for a short way.
            var current = word.DocID;
            for (var steps = 0; current < doc && steps < 8; steps++) current = word.NextDoc();
            if (current < doc) current = word.Advance(doc);
            if (current != doc) return false;
            for (var k = word.Freq; k > 0; k--) at[i].Add(word.NextPosition());
        }

        return true;
    }

    private static bool Consecutive(List<int>[] at)
    {
        foreach (var start in at[0])
        {
            var all = true;
            for (var i = 1; i < at.Length && all; i++) all = at[i].Contains(start + i);
            if (all) return true;
        }

        return false;
    }
}
