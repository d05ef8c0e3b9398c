namespace Odp.Engine.Catalog;

/// <summary>
/// An in-memory catalog over datasets loaded from a YAML file (see <see cref="CatalogFile"/>).
/// Ranking: exact full name, then name tokens, then tags and domain, then column names, then descriptions;
/// case-insensitive, with prefix matching for tokens of three or more letters. Ties sort by name.
/// </summary>
public sealed class FileCatalog(IReadOnlyList<Dataset> datasets) : ICatalog
{
    private readonly IReadOnlyList<IndexedDataset> index = [.. datasets.Select(d => new IndexedDataset(d))];

    private readonly Dictionary<string, Dataset> byName = datasets
        .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private TypoSuggester? suggester;

    public FileCatalog(CatalogFile file)
        : this(file.Datasets)
    {
    }

    /// <summary>Loads and validates <paramref name="path"/>; see <see cref="CatalogFile.Load"/> for the errors.</summary>
    public static FileCatalog Load(string path) => new(CatalogFile.Load(path));

    /// <summary>Every dataset, in file order.</summary>
    public IReadOnlyList<Dataset> Datasets => datasets;

    public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(byName.GetValueOrDefault(name?.Trim() ?? ""));
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query));
    }

    private SearchResult Search(SearchQuery query)
    {
        var terms = query.Terms
            .Select(t => t.Trim())
            .Select(t => (Text: t, Tokens: SearchText.Tokenize(t)))
            .Where(t => t.Tokens.Count > 0)
            .ToList();
        var candidates = index.Where(d => SearchFilters.Match(d, query)).ToList();

        var ranked = terms.Count == 0
            ? candidates.Select(d => new SearchHit(d.Dataset, 0)).OrderBy(h => h.Dataset.Name, NameOrder).ToList()
            : Rank(candidates, terms);

        var hits = ranked.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
        var suggestions = ranked.Count == 0 && terms.Count > 0
            ? Suggester.Suggest(terms.SelectMany(t => t.Tokens))
            : [];
        return new SearchResult(hits, ranked.Count, suggestions);
    }

    /// <summary>
    /// Every term must match somewhere in a dataset (AND), which keeps multi-word searches precise. When no dataset
    /// matches every term, datasets matching any term are returned instead (OR), so one odd word does not turn a
    /// good search into "nothing found". A dataset's score is the sum of its term scores.
    /// </summary>
    private static List<SearchHit> Rank(List<IndexedDataset> candidates, List<(string Text, IReadOnlyList<string> Tokens)> terms)
    {
        var scored = candidates
            .Select(d => (Dataset: d.Dataset, Scores: terms.Select(t => d.Score(t.Text, t.Tokens)).ToArray()))
            .ToList();
        var matches = scored.Where(s => s.Scores.All(x => x > 0)).ToList();
        if (matches.Count == 0) matches = scored.Where(s => s.Scores.Any(x => x > 0)).ToList();

        return matches
            .Select(s => new SearchHit(s.Dataset, Math.Round(s.Scores.Sum(), 4)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Dataset.Name, NameOrder)
            .ToList();
    }

    private TypoSuggester Suggester => suggester ??= new TypoSuggester(index);

    private static readonly IComparer<string> NameOrder = Comparer<string>.Create((a, b) =>
    {
        var result = StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return result != 0 ? result : StringComparer.Ordinal.Compare(a, b);
    });
}
