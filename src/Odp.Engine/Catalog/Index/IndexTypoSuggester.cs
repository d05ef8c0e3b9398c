using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// "Did you mean" over the index's vocabulary words and table names, with <see cref="TypoSuggester"/>'s rules: query
/// tokens that match no word (exactly, by prefix or as a near-plural) are compared by edit distance (1 edit up to five
/// letters, 2 beyond, none past <see cref="EditDistance.MaxWordLength"/>); closest first, then most used, at most
/// three, for the first <see cref="TypoSuggester.MaxTypos"/> tokens that match nothing. The words are each segment's
/// <see cref="SuggestionWords"/>, in memory.
/// </summary>
internal static class IndexTypoSuggester
{
    public static IReadOnlyList<string> Suggest(IndexReader reader, IEnumerable<string> queryTokens)
    {
        var segments = reader.Leaves.Select(s => SegmentPostings.Of(s.AtomicReader)).ToList();
        var words = new List<(string Word, int Distance, int Uses)>();
        var tables = new List<(string Word, int Distance, int Uses)>();
        var typos = 0;
        foreach (var token in queryTokens.Distinct(StringComparer.Ordinal))
        {
            var allowed = EditDistance.Allowed(token.Length);
            if (allowed == 0 || segments.Any(s => s.Vocabulary.Matches(token) || s.TableWords.Matches(token))) continue;
            if (++typos > TypoSuggester.MaxTypos) break;
            foreach (var segment in segments)
            {
                segment.Vocabulary.Collect(token, allowed, words);
                segment.TableWords.Collect(token, allowed, tables);
            }
        }

        // Uses add up over segments; a word that is also a table name counts the way it is used most.
        var tableUses = tables.GroupBy(c => c.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Uses), StringComparer.Ordinal);
        return words.Concat(tables)
            .GroupBy(c => c.Word, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Distance: g.Min(c => c.Distance),
                Uses: Math.Max(words.Where(w => w.Word == g.Key).Sum(w => w.Uses), tableUses.GetValueOrDefault(g.Key))))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Uses)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .Take(TypoSuggester.MaxSuggestions)
            .ToList();
    }
}
