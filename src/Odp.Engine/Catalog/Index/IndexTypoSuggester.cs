using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// "Did you mean" over the index's vocabulary terms, with <see cref="TypoSuggester"/>'s rules: query tokens that
/// match no word (exactly, by prefix or as a near-plural) are compared by edit distance (1 edit up to five letters, 2
/// beyond); closest first, then most used, at most three. Lucene's Levenshtein automaton finds the candidates, so a
/// miss does not walk the whole term dictionary.
/// </summary>
internal static class IndexTypoSuggester
{
    public static IReadOnlyList<string> Suggest(IndexReader reader, IEnumerable<string> queryTokens)
    {
        var terms = MultiFields.GetTerms(reader, CatalogFields.Vocabulary);
        if (terms is null) return [];

        var candidates = new List<(string Word, int Distance, int Uses)>();
        foreach (var token in queryTokens.Distinct(StringComparer.Ordinal))
        {
            var allowed = EditDistance.Allowed(token.Length);
            if (allowed == 0 || Matches(terms, token)) continue;

            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(CatalogFields.Vocabulary, token),
                allowed, 0, true);
            while (fuzzy.MoveNext())
            {
                var word = fuzzy.Term.Utf8ToString();
                var distance = EditDistance.Between(token, word);
                if (distance <= allowed) candidates.Add((word, distance, fuzzy.DocFreq));
            }
        }

        return candidates
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Uses)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .Distinct(StringComparer.Ordinal)
            .Take(TypoSuggester.MaxSuggestions)
            .ToList();
    }

    /// <summary>The same test as <see cref="SearchText.Match"/> against any vocabulary word, by seeking.</summary>
    private static bool Matches(Terms terms, string token)
    {
        var words = terms.GetEnumerator();
        if (words.SeekCeil(new BytesRef(token)) != TermsEnum.SeekStatus.END)
        {
            var next = words.Term.Utf8ToString();
            if (next == token || (token.Length >= 3 && next.StartsWith(token, StringComparison.Ordinal))) return true;
        }

        for (var cut = 1; cut <= 2 && token.Length - cut >= 3; cut++)
        {
            if (words.SeekExact(new BytesRef(token[..^cut]))) return true;
        }

        return false;
    }
}
