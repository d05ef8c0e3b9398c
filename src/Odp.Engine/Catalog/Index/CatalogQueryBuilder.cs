using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Builds the Lucene queries for a <see cref="SearchQuery"/> with the file catalog's ranking: per term, the best field
/// wins and every other matching field adds 10% (see <see cref="TermMatchers"/>), with the weights of
/// <see cref="IndexedDataset"/>: exact full name ≫ schema.table ≫ table ≫ name tokens &gt; tags and domain &gt;
/// columns &gt; description &gt; column descriptions. Exact tokens score 1, prefixes (query tokens of three or more
/// letters) and near-plurals 0.6. Terms are ANDed, or ORed when no dataset has them all. Filters score nothing.
/// </summary>
internal static class CatalogQueryBuilder
{
    /// <summary>The terms of <paramref name="query"/> as (text, tokens), dropping terms with no word in them.</summary>
    public static List<(string Text, IReadOnlyList<string> Tokens)> Terms(SearchQuery query) =>
        [.. query.Terms.Select(t => t.Trim()).Select(t => (t, SearchText.Tokenize(t))).Where(t => t.Item2.Count > 0)];

    /// <summary>
    /// The ranked query, limited to datasets where every term (AND) or some term (OR) matches in a field of
    /// <paramref name="tier"/> or better (<see cref="TermMatchers.LastTier"/>: no limit) and, with AND, also in the
    /// first <paramref name="required"/> weaker fields it occurs in; with <paramref name="exactInTier"/> (AND only), every
    /// term must also occur as the exact word or phrase in a field of the tier or better. Scores are the full scores.
    /// </summary>
    public static Query Scored(
        SearchQuery query, IReadOnlyList<TermMatchers> terms, bool requireEveryTerm, int tier, int required = 0, bool exactInTier = false)
    {
        var root = new BooleanQuery(disableCoord: true);
        if (terms.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (requireEveryTerm)
        {
            foreach (var term in terms) root.Add(term.Scored(tier, required), Occur.MUST);
            if (exactInTier)
            {
                foreach (var term in terms) root.Add(Unscored(term.ExactInTier(tier)), Occur.MUST);
            }
        }
        else
        {
            var words = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 1 };
            foreach (var term in terms) words.Add(term.Scored(TermMatchers.LastTier), Occur.SHOULD);
            root.Add(words, Occur.MUST);
            if (tier < TermMatchers.LastTier)
            {
                var inTier = new BooleanQuery(disableCoord: true);
                foreach (var term in terms) inTier.Add(term.InTier(tier), Occur.SHOULD);
                root.Add(Unscored(inTier), Occur.MUST);
            }
        }

        AddFilters(root, query);
        return root;
    }

    /// <summary>The same datasets as <see cref="Scored"/> at the last tier, for counting.</summary>
    public static Query Counted(SearchQuery query, IReadOnlyList<TermMatchers> terms, bool requireEveryTerm)
    {
        var root = new BooleanQuery(disableCoord: true);
        if (terms.Count == 0) root.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var term in terms) root.Add(term.Counted(), requireEveryTerm ? Occur.MUST : Occur.SHOULD);
        if (!requireEveryTerm && terms.Count > 0) root.MinimumNumberShouldMatch = 1;
        AddFilters(root, query);
        return root.Clauses.Count == 1 && root.Clauses[0].Occur != Occur.MUST_NOT ? root.Clauses[0].Query : root;
    }

    private static void AddFilters(BooleanQuery root, SearchQuery query)
    {
        AddFilter(root, query.Owners, Owner);
        AddFilter(root, query.Tags, v => Exact(CatalogFields.Tag, v));
        AddFilter(root, query.Domains, v => Exact(CatalogFields.Domain, v));
        AddFilter(root, query.Catalogs, v => Exact(CatalogFields.Catalog, v));
    }

    private static void AddFilter(BooleanQuery root, IReadOnlyList<string> values, Func<string, Query> clause)
    {
        var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        if (values.Count == 0) return;

        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in wanted) any.Add(clause(value), Occur.SHOULD);
        if (wanted.Count == 0) any.Add(new TermQuery(new Term(CatalogFields.Keys, "")), Occur.SHOULD);
        root.Add(Unscored(any), Occur.MUST);
    }

    private static ConstantScoreQuery Unscored(Query query) => new(query) { Boost = 0f };

    /// <summary><c>group:x</c> and <c>user:x</c> match exactly; a bare <c>x</c> (or <c>@x</c>) matches either kind.</summary>
    private static Query Owner(string wanted)
    {
        var value = wanted.TrimStart('@');
        return OwnerReference.IsValid(value) ? Exact(CatalogFields.Owner, value) : Exact(CatalogFields.OwnerId, value);
    }

    private static TermQuery Exact(string kind, string value) => new(CatalogFields.Term(kind, DatasetDocument.Key(value)));
}
