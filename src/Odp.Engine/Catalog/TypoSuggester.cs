namespace Odp.Engine.Catalog;

/// <summary>
/// "Did you mean" for searches that found nothing: query tokens that match no catalog word are compared with the
/// vocabulary (words of names, tags, domains and columns, whole tag and column names, table names) by edit distance
/// (1 edit up to five letters, 2 beyond), closest first, then most common, at most 3. A word's uses are the datasets
/// using it among their words, or as their table name, whichever is more (how the index counts them). Only the first
/// <see cref="MaxTypos"/> tokens that match nothing are looked at, so a long search of odd words costs no more than three.
/// </summary>
internal sealed class TypoSuggester(IEnumerable<IndexedDataset> datasets)
{
    public const int MaxSuggestions = 3;

    /// <summary>How many unmatched tokens of one search are compared with the vocabulary.</summary>
    public const int MaxTypos = 3;

    // Word → how many datasets use it; more common words win ties.
    private readonly Dictionary<string, int> vocabulary = Count(datasets);

    public IReadOnlyList<string> Suggest(IEnumerable<string> queryTokens)
    {
        var candidates = new List<(string Word, int Distance, int Uses)>();
        var typos = 0;
        foreach (var token in queryTokens.Distinct(StringComparer.Ordinal))
        {
            var allowed = EditDistance.Allowed(token.Length);
            if (allowed == 0 || vocabulary.Keys.Any(w => SearchText.Match(token, w) > 0)) continue;
            if (++typos > MaxTypos) break;

            foreach (var (word, uses) in vocabulary)
            {
                if (Math.Abs(word.Length - token.Length) > allowed) continue;
                var distance = EditDistance.Between(token, word);
                if (distance <= allowed) candidates.Add((word, distance, uses));
            }
        }

        return candidates
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Uses)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static Dictionary<string, int> Count(IEnumerable<IndexedDataset> datasets)
    {
        var all = datasets.ToList();
        var words = all
            .SelectMany(d => d.Vocabulary.Where(w => w.Length >= 3).Distinct())
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var tables = all
            .Select(d => d.QualifiedName.Table.ToLowerInvariant())
            .Where(t => t.Length >= 3)
            .GroupBy(t => t, StringComparer.Ordinal);
        foreach (var table in tables) words[table.Key] = Math.Max(words.GetValueOrDefault(table.Key), table.Count());
        return words;
    }
}
