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

    private readonly IReadOnlyList<string> nameTokens;
    private readonly IReadOnlyList<IReadOnlyList<string>> tagTokens;
    private readonly IReadOnlyList<IReadOnlyList<string>> columnTokens;
    private readonly IReadOnlyList<string> descriptionTokens;
    private readonly IReadOnlyList<IReadOnlyList<string>> columnDescriptionTokens;

    public IndexedDataset(Dataset dataset)
    {
        Dataset = dataset;
        QualifiedName = dataset.QualifiedName;
        nameTokens = SearchText.Tokenize(dataset.Name);
        tagTokens = [.. dataset.Tags.Select(SearchText.Tokenize), SearchText.Tokenize(dataset.Domain)];
        columnTokens = [.. dataset.Columns.Select(c => SearchText.Tokenize(c.Name))];
        descriptionTokens = SearchText.Tokenize(dataset.Description);
        columnDescriptionTokens = [.. dataset.Columns.Select(c => SearchText.Tokenize(c.Description))];
    }

    public Dataset Dataset { get; }

    public DatasetName QualifiedName { get; }

    /// <summary>Words offered as "did you mean" suggestions: name parts, tags, domain and column names.</summary>
    public IEnumerable<string> Vocabulary =>
        nameTokens
            .Concat(tagTokens.SelectMany(t => t))
            .Concat(columnTokens.SelectMany(t => t))
            .Concat(Dataset.Tags.Select(t => t.ToLowerInvariant()))
            .Concat(Dataset.Columns.Select(c => c.Name.ToLowerInvariant()))
            .Append(Dataset.Domain.ToLowerInvariant())
            .Append(QualifiedName.Table.ToLowerInvariant());

    /// <summary>Zero when the term does not occur anywhere in the dataset.</summary>
    public double Score(string term, IReadOnlyList<string> termTokens)
    {
        var fields = new[]
        {
            NameScore(term, termTokens),
            TagWeight * Best(termTokens, tagTokens),
            ColumnWeight * Best(termTokens, columnTokens),
            DescriptionWeight * SearchText.MatchPhrase(termTokens, descriptionTokens),
            ColumnDescriptionWeight * Best(termTokens, columnDescriptionTokens),
        };

        var best = fields.Max();
        return best <= 0 ? 0 : best + SecondaryShare * (fields.Sum() - best);
    }

    private double NameScore(string term, IReadOnlyList<string> termTokens)
    {
        if (string.Equals(term, Dataset.Name, StringComparison.OrdinalIgnoreCase)) return FullNameWeight;
        if (string.Equals(term, $"{QualifiedName.Schema}.{QualifiedName.Table}", StringComparison.OrdinalIgnoreCase))
        {
            return SchemaTableWeight;
        }

        if (string.Equals(term, QualifiedName.Table, StringComparison.OrdinalIgnoreCase)) return TableWeight;
        return NameWeight * SearchText.MatchPhrase(termTokens, nameTokens);
    }

    private static double Best(IReadOnlyList<string> termTokens, IReadOnlyList<IReadOnlyList<string>> fields) =>
        fields.Count == 0 ? 0 : fields.Max(f => SearchText.MatchPhrase(termTokens, f));
}
