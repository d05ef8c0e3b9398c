namespace Odp.Engine.Catalog;

/// <summary>
/// A dataset with its searchable fields tokenized once. Scores a query term by field:
/// name, then tags and domain, then column names, then descriptions.
/// </summary>
internal sealed class IndexedDataset
{
    // Field weights are far enough apart that a match in a better field always wins, even when a
    // dataset picks up the 10% secondary credit from every weaker field.
    public const double FullNameWeight = 1000;
    public const double SchemaTableWeight = 800;
    public const double TableWeight = 500;
    public const double NameWeight = 100;
    public const double TagWeight = 30;
    public const double ColumnWeight = 10;
    public const double DescriptionWeight = 3;
    public const double ColumnDescriptionWeight = 2;
    public const double SecondaryShare = 0.1;

    public IndexedDataset(Dataset dataset)
    {
        Dataset = dataset;
        QualifiedName = dataset.QualifiedName;
        NameTokens = SearchText.Tokenize(dataset.Name);
        TagTokens = [.. dataset.Tags.Select(SearchText.Tokenize), SearchText.Tokenize(dataset.Domain)];
        ColumnTokens = [.. dataset.Columns.Select(c => SearchText.Tokenize(c.Name))];
        DescriptionTokens = SearchText.Tokenize(dataset.Description);
        ColumnDescriptionTokens = [.. dataset.Columns.Select(c => SearchText.Tokenize(c.Description))];
    }

    public Dataset Dataset { get; }

    public DatasetName QualifiedName { get; }

    public IReadOnlyList<string> NameTokens { get; }

    /// <summary>The tokens of each tag, then of the domain.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagTokens { get; }

    public IReadOnlyList<IReadOnlyList<string>> ColumnTokens { get; }

    public IReadOnlyList<string> DescriptionTokens { get; }

    public IReadOnlyList<IReadOnlyList<string>> ColumnDescriptionTokens { get; }

    /// <summary>Words offered as "did you mean" suggestions: name parts, tags, domain and column names (table names are counted apart, see <see cref="TypoSuggester"/>).</summary>
    public IEnumerable<string> Vocabulary =>
        NameTokens
            .Concat(TagTokens.SelectMany(t => t))
            .Concat(ColumnTokens.SelectMany(t => t))
            .Concat(Dataset.Tags.Select(t => t.ToLowerInvariant()))
            .Concat(Dataset.Columns.Select(c => c.Name.ToLowerInvariant()))
            .Append(Dataset.Domain.ToLowerInvariant());

    /// <summary>
    /// Zero when the term does not occur anywhere in the dataset. The whole term as a name (full name, schema.table or
    /// table) counts as one field, the name's words as another.
    /// </summary>
    public double Score(string term, IReadOnlyList<string> termTokens)
    {
        var fields = new[]
        {
            KeyScore(term),
            NameWeight * SearchText.MatchPhrase(termTokens, NameTokens),
            TagWeight * Best(termTokens, TagTokens),
            ColumnWeight * Best(termTokens, ColumnTokens),
            DescriptionWeight * SearchText.MatchPhrase(termTokens, DescriptionTokens),
            ColumnDescriptionWeight * Best(termTokens, ColumnDescriptionTokens),
        };

        var best = fields.Max();
        return best <= 0 ? 0 : best + SecondaryShare * (fields.Sum() - best);
    }

    private double KeyScore(string term)
    {
        if (string.Equals(term, Dataset.Name, StringComparison.OrdinalIgnoreCase)) return FullNameWeight;
        if (string.Equals(term, $"{QualifiedName.Schema}.{QualifiedName.Table}", StringComparison.OrdinalIgnoreCase))
        {
            return SchemaTableWeight;
        }

        return string.Equals(term, QualifiedName.Table, StringComparison.OrdinalIgnoreCase) ? TableWeight : 0;
    }

    private static double Best(IReadOnlyList<string> termTokens, IReadOnlyList<IReadOnlyList<string>> fields) =>
        fields.Count == 0 ? 0 : fields.Max(f => SearchText.MatchPhrase(termTokens, f));
}
