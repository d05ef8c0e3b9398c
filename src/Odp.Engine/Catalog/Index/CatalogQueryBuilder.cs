using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Builds the Lucene query for a <see cref="SearchQuery"/> with the file catalog's ranking: per term, the best field
/// wins and every other matching field adds 10% (a <see cref="DisjunctionMaxQuery"/>), with the weights of
/// <see cref="IndexedDataset"/>: exact full name ≫ schema.table ≫ table ≫ name tokens &gt; tags and domain &gt;
/// columns &gt; description &gt; column descriptions. Exact tokens score 1, prefixes (query tokens of three or more
/// letters) and near-plurals 0.6. Filters are constant clauses worth nothing.
/// </summary>
internal static class CatalogQueryBuilder
{
    /// <summary>The terms of <paramref name="query"/> as (text, tokens), dropping terms with no word in them.</summary>
    public static List<(string Text, IReadOnlyList<string> Tokens)> Terms(SearchQuery query) =>
        [.. query.Terms.Select(t => t.Trim()).Select(t => (t, SearchText.Tokenize(t))).Where(t => t.Item2.Count > 0)];

    /// <param name="requireEveryTerm">AND when true; OR (at least one term) when false.</param>
    public static Query Build(SearchQuery query, List<(string Text, IReadOnlyList<string> Tokens)> terms, bool requireEveryTerm)
    {
        var root = new BooleanQuery(disableCoord: true);
        if (terms.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            var words = new BooleanQuery(disableCoord: true);
            foreach (var (text, tokens) in terms)
            {
                words.Add(Term(text, tokens), requireEveryTerm ? Occur.MUST : Occur.SHOULD);
            }

            if (!requireEveryTerm) words.MinimumNumberShouldMatch = 1;
            root.Add(words, Occur.MUST);
        }

        AddFilter(root, query.Owners, Owner);
        AddFilter(root, query.Tags, v => Exact(CatalogFields.Tag, v));
        AddFilter(root, query.Domains, v => Exact(CatalogFields.Domain, v));
        AddFilter(root, query.Catalogs, v => Exact(CatalogFields.Catalog, v));
        return root;
    }

    private static Query Term(string text, IReadOnlyList<string> tokens)
    {
        var key = DatasetDocument.Key(text);
        var best = new DisjunctionMaxQuery((float)IndexedDataset.SecondaryShare)
        {
            Weighted(new TermQuery(new Term(CatalogFields.NameKey, key)), IndexedDataset.FullNameWeight),
            Weighted(new TermQuery(new Term(CatalogFields.SchemaTable, key)), IndexedDataset.SchemaTableWeight),
            Weighted(new TermQuery(new Term(CatalogFields.Table, key)), IndexedDataset.TableWeight),
        };
        best.Add(Words(CatalogFields.NameTokens, tokens, IndexedDataset.NameWeight));
        best.Add(Words(CatalogFields.Tags, tokens, IndexedDataset.TagWeight));
        best.Add(Words(CatalogFields.Columns, tokens, IndexedDataset.ColumnWeight));
        best.Add(Words(CatalogFields.Description, tokens, IndexedDataset.DescriptionWeight));
        best.Add(Words(CatalogFields.ColumnDescriptions, tokens, IndexedDataset.ColumnDescriptionWeight));
        return best;
    }

    /// <summary>One field: the exact phrase, or for a single word its prefix and near-plural forms at 0.6.</summary>
    private static Query Words(string field, IReadOnlyList<string> tokens, double weight)
    {
        if (tokens.Count > 1)
        {
            var phrase = new PhraseQuery();
            foreach (var token in tokens) phrase.Add(new Term(field, token));
            return Weighted(phrase, weight);
        }

        var word = tokens[0];
        var forms = new DisjunctionMaxQuery(0f) { Weighted(new TermQuery(new Term(field, word)), weight) };
        var partial = weight * SearchText.PrefixMatch;
        if (word.Length >= 3) forms.Add(Weighted(new PrefixQuery(new Term(field, word)), partial));
        for (var cut = 1; cut <= 2 && word.Length - cut >= 3; cut++)
        {
            forms.Add(Weighted(new TermQuery(new Term(field, word[..^cut])), partial));
        }

        return forms;
    }

    private static Query Weighted(Query query, double weight) => new ConstantScoreQuery(query) { Boost = (float)weight };

    private static void AddFilter(BooleanQuery root, IReadOnlyList<string> values, Func<string, Query> clause)
    {
        var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        if (values.Count == 0) return;

        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in wanted) any.Add(clause(value), Occur.SHOULD);
        if (wanted.Count == 0) any.Add(new TermQuery(new Term(CatalogFields.NameKey, "")), Occur.SHOULD);
        root.Add(new ConstantScoreQuery(any) { Boost = 0f }, Occur.MUST);
    }

    /// <summary><c>group:x</c> and <c>user:x</c> match exactly; a bare <c>x</c> (or <c>@x</c>) matches either kind.</summary>
    private static Query Owner(string wanted)
    {
        var value = wanted.TrimStart('@');
        return OwnerReference.IsValid(value) ? Exact(CatalogFields.Owner, value) : Exact(CatalogFields.OwnerId, value);
    }

    private static TermQuery Exact(string field, string value) => new(new Term(field, DatasetDocument.Key(value)));
}
