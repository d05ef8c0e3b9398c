using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// "Did you mean" over the index's vocabulary terms and table-name keys, with <see cref="TypoSuggester"/>'s rules:
/// query tokens that match no word (exactly, by prefix or as a near-plural) are compared by edit distance (1 edit up
/// to five letters, 2 beyond); closest first, then most used, at most three. Lucene's Levenshtein automaton finds the
/// candidates, so a miss does not walk the whole term dictionary.
/// </summary>
internal static class IndexTypoSuggester
{
    public static IReadOnlyList<string> Suggest(IndexReader reader, IEnumerable<string> queryTokens)
    {
        var words = MultiFields.GetTerms(reader, CatalogFields.Vocabulary);
        var keys = MultiFields.GetTerms(reader, CatalogFields.Keys);
        if (words is null && keys is null) return [];

        var candidates = new List<(string Word, int Distance, int Uses)>();
        foreach (var token in queryTokens.Distinct(StringComparer.Ordinal))
        {
            var allowed = EditDistance.Allowed(token.Length);
            if (allowed == 0 || Matches(words, "", token) || Matches(keys, CatalogFields.Table, token)) continue;

            Collect(candidates, words, "", token, allowed);
            Collect(candidates, keys, CatalogFields.Table, token, allowed);
        }

        // A word that is also a table name counts its uses the way it is used most (see TypoSuggester).
        return candidates
            .GroupBy(c => c.Word, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, g.First().Distance, Uses: g.Max(c => c.Uses)))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Uses)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .Distinct(StringComparer.Ordinal)
            .Take(TypoSuggester.MaxSuggestions)
            .ToList();
    }

    /// <summary>
    /// The words of <paramref name="terms"/> (after <paramref name="prefix"/>) within <paramref name="allowed"/> edits
    /// of the token, found by intersecting the term dictionary with one Levenshtein automaton (with transpositions).
    /// </summary>
    private static void Collect(List<(string Word, int Distance, int Uses)> candidates, Terms? terms, string prefix, string token, int allowed)
    {
        if (terms is null) return;
        var automaton = new LevenshteinAutomata(token, true).ToAutomaton(allowed);
        if (prefix.Length > 0) automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(prefix), automaton);
        var words = new CompiledAutomaton(automaton, true, false).GetTermsEnum(terms);
        while (words.MoveNext())
        {
            var word = words.Term.Utf8ToString()[prefix.Length..];
            var distance = EditDistance.Between(token, word);
            if (distance <= allowed) candidates.Add((word, distance, words.DocFreq));
        }
    }

    /// <summary>The same test as <see cref="SearchText.Match"/> against any word of <paramref name="terms"/> (after <paramref name="prefix"/>), by seeking.</summary>
    private static bool Matches(Terms? terms, string prefix, string token)
    {
        if (terms is null) return false;
        var words = terms.GetEnumerator();
        if (words.SeekCeil(new BytesRef(prefix + token)) != TermsEnum.SeekStatus.END)
        {
            var next = words.Term.Utf8ToString();
            if (next.StartsWith(prefix, StringComparison.Ordinal))
            {
                next = next[prefix.Length..];
                if (next == token || (token.Length >= 3 && next.StartsWith(token, StringComparison.Ordinal))) return true;
            }
        }

        for (var cut = 1; cut <= 2 && token.Length - cut >= 3; cut++)
        {
            if (words.SeekExact(new BytesRef(prefix + token[..^cut]))) return true;
        }

        return false;
    }
}
