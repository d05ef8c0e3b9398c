namespace Odp.Engine.Catalog.Index;

/// <summary>One search term as typed (a word or a quoted phrase), its lower-case <see cref="Key"/> and its words.</summary>
internal sealed record SearchTerm(string Text, IReadOnlyList<string> Tokens)
{
    public string Key { get; } = DatasetDocument.Key(Text);

    /// <summary>The terms of <paramref name="query"/>, dropping terms with no word in them.</summary>
    public static List<SearchTerm> Of(SearchQuery query) =>
        [.. query.Terms.Select(t => t.Trim()).Select(t => new SearchTerm(t, SearchText.Tokenize(t))).Where(t => t.Tokens.Count > 0)];
}
