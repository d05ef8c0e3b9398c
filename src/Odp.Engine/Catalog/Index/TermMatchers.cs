using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The ways one search term can match, looked up in the index's term dictionaries: only fields where the term (or
/// one of its prefix and near-plural forms) occurs get a clause, so a query carries no dead clauses, and a prefix
/// becomes the list of words it stands for instead of a multi-term rewrite. <see cref="Counted"/> matches the same
/// datasets on the one combined <see cref="CatalogFields.All"/> field, for counting.
/// </summary>
internal sealed class TermMatchers
{
    /// <summary>Expanding a prefix to more words than this falls back to Lucene's prefix query.</summary>
    public const int MaxExpansion = 256;

    public const int LastTier = 3;

    private readonly TermLookup lookup;
    private readonly string key;
    private readonly IReadOnlyList<string> tokens;

    public TermMatchers(TermLookup lookup, string text, IReadOnlyList<string> tokens)
    {
        this.lookup = lookup;
        this.tokens = tokens;
        key = DatasetDocument.Key(text);
        var dots = key.Count(c => c == '.');
        Fields = [.. dots == 2 ? Exact(CatalogFields.NameKey, IndexedDataset.FullNameWeight) : [],
            .. dots == 1 ? SchemaTable() : [],
            .. dots == 0 ? Exact(CatalogFields.Table, IndexedDataset.TableWeight) : [],
            .. Words(CatalogFields.NameTokens, IndexedDataset.NameWeight, 0),
            .. Words(CatalogFields.Tags, IndexedDataset.TagWeight, 1),
            .. Words(CatalogFields.Columns, IndexedDataset.ColumnWeight, 2),
            .. Words(CatalogFields.Description, IndexedDataset.DescriptionWeight, LastTier),
            .. Words(CatalogFields.ColumnDescriptions, IndexedDataset.ColumnDescriptionWeight, LastTier)];
    }

    /// <summary>The fields this term can match in, best first.</summary>
    public IReadOnlyList<FieldMatcher> Fields { get; }

    /// <summary>The highest score this term can add to a dataset.</summary>
    public double MaxScore => ScoreMax(Fields);

    public bool HasTier(int tier) => Fields.Any(f => f.Tier <= tier);

    /// <summary>How many fields weaker than <paramref name="tier"/> the term occurs in.</summary>
    public int WeakerCount(int tier) => Fields.Count(f => f.Tier > tier);

    /// <summary>
    /// The term's score (the best field plus 10% of every other matching field), for datasets where the term matches
    /// in a field of <paramref name="tier"/> or better and in the first <paramref name="required"/> weaker fields, best
    /// first. Such a dataset's best field is in the tier (a prefix match in a tier outscores an exact match in the next
    /// one), so weaker fields only add their 10%. At the last tier this is the plain score.
    /// </summary>
    public Query Scored(int tier, int required = 0)
    {
        if (!Fields.Any(f => f.Tier > tier)) return Best(Fields);

        var query = new BooleanQuery(disableCoord: true) { { Best(Fields.Where(f => f.Tier <= tier)), Occur.MUST } };
        foreach (var (field, i) in Fields.Where(f => f.Tier > tier).Select((f, i) => (f, i)))
        {
            query.Add(field.Create(IndexedDataset.SecondaryShare), i < required ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The highest score of a dataset that <see cref="Scored"/> with the same arguments leaves out.</summary>
    public double MaxScoreOutside(int tier, int required = 0)
    {
        var outside = ScoreMax(Fields.Where(f => f.Tier > tier));
        foreach (var field in Fields.Where(f => f.Tier > tier).Take(required))
        {
            outside = Math.Max(outside, ScoreMax(Fields.Where(f => f != field)));
        }

        return outside;
    }

    /// <summary>Matches (scoring nothing) when the term occurs in a field of <paramref name="tier"/> or better.</summary>
    public Query InTier(int tier)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields.Where(f => f.Tier <= tier)) any.Add(field.Create(1), Occur.SHOULD);
        return any;
    }

    /// <summary>Whether the exact word or phrase occurs in a field of <paramref name="tier"/> or better.</summary>
    public bool HasExact(int tier) => Fields.Any(f => f.Tier <= tier && f.CreateExact is not null);

    /// <summary>Whether prefix or near-plural forms of the word occur in a field of <paramref name="tier"/> or better.</summary>
    public bool HasOtherForms(int tier) => Fields.Any(f => f.Tier <= tier && f.PartialMax > 0);

    /// <summary>Matches (scoring nothing) when the exact word or phrase occurs in a field of <paramref name="tier"/> or better.</summary>
    public Query ExactInTier(int tier)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields.Where(f => f.Tier <= tier && f.CreateExact is not null)) any.Add(field.CreateExact!(), Occur.SHOULD);
        return any;
    }

    /// <summary>The highest score of a dataset where the term does not occur exactly in a field of <paramref name="tier"/> or better.</summary>
    public double MaxScoreOutsideExact(int tier) => ScoreMax(Fields.Select(f => f.Tier <= tier ? f.PartialMax : f.Max));

    /// <summary>The same datasets as <see cref="Scored"/> at the last tier, found without scoring on fewer postings.</summary>
    public Query Counted()
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields.Where(f => f.Tier == 0 && f.Field != CatalogFields.NameTokens)) any.Add(field.Create(1), Occur.SHOULD);
        if (tokens.Count > 1)
        {
            // Phrases need positions, which the combined field does not keep.
            foreach (var field in Fields.Where(f => f.Field == CatalogFields.NameTokens || f.Tier > 0)) any.Add(field.Create(1), Occur.SHOULD);
        }
        else if (FormsQuery(CatalogFields.All, Forms(CatalogFields.All), 1, 1) is { } words)
        {
            any.Add(words, Occur.SHOULD);
        }

        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    /// <summary>The best a dataset can score matching at most in <paramref name="fields"/>.</summary>
    private static double ScoreMax(IEnumerable<FieldMatcher> fields) => ScoreMax(fields.Select(f => f.Max));

    /// <summary>The best score with these most each field can add (the best field plus 10% of the others).</summary>
    private static double ScoreMax(IEnumerable<double> fieldMaxima)
    {
        var maxima = fieldMaxima.Where(m => m > 0).ToList();
        if (maxima.Count == 0) return 0;
        var best = maxima.Max();
        return best + IndexedDataset.SecondaryShare * (maxima.Sum() - best);
    }

    private static Query Best(IEnumerable<FieldMatcher> fields)
    {
        var best = new DisjunctionMaxQuery((float)IndexedDataset.SecondaryShare);
        foreach (var field in fields) best.Add(field.Create(1));
        return best;
    }

    private IEnumerable<FieldMatcher> Exact(string field, double weight)
    {
        var term = CatalogFields.Term(field, key);
        if (Context(term).DocFreq == 0) yield break;
        yield return new FieldMatcher(field, weight, weight, 0, scale => Exact(term, (float)(scale * weight)), 0, () => Exact(term, 1));
    }

    /// <summary>
    /// <c>schema.table</c>, exactly: the full names it completes with each catalog the index holds (a handful), so the
    /// index keeps no schema.table key per dataset.
    /// </summary>
    private IEnumerable<FieldMatcher> SchemaTable()
    {
        var names = lookup.Catalogs()
            .Select(catalog => CatalogFields.Term(CatalogFields.NameKey, $"{catalog}.{key}"))
            .Where(term => Context(term).DocFreq > 0)
            .ToList();
        if (names.Count == 0) yield break;

        const double weight = IndexedDataset.SchemaTableWeight;
        Query Create(double scale)
        {
            if (names.Count == 1) return Exact(names[0], (float)(scale * weight));
            var any = new BooleanQuery(disableCoord: true);
            foreach (var name in names) any.Add(Exact(name, (float)(scale * weight)), Occur.SHOULD);
            return any;
        }

        yield return new FieldMatcher(CatalogFields.SchemaTable, weight, weight, 0, Create, 0, () => Create(1));
    }

    /// <summary>One field: the exact phrase, or for a single word the word and, at 0.6, its prefix and near-plural forms.</summary>
    private IEnumerable<FieldMatcher> Words(string field, double weight, int tier)
    {
        if (tokens.Count > 1)
        {
            if (tokens.Any(t => lookup.DocFreq(new Term(field, t)) == 0)) yield break;
            Query Phrase(double scale)
            {
                var phrase = new PhraseQuery { Boost = (float)(scale * weight) };
                foreach (var token in tokens) phrase.Add(new Term(field, token));
                return phrase;
            }

            yield return new FieldMatcher(field, weight, weight, tier, Phrase, 0, () => Phrase(1));
            yield break;
        }

        var forms = Forms(field);
        if (forms.IsEmpty) yield break;
        var partial = weight * SearchText.PrefixMatch;
        yield return new FieldMatcher(field, weight, forms.Exact ? weight : partial, tier,
            scale => FormsQuery(field, forms, (float)(scale * weight), (float)(scale * partial))!,
            forms.Partial.Count > 0 || forms.Overflow ? partial : 0,
            forms.Exact ? () => Exact(new Term(field, tokens[0]), 1) : null);
    }

    /// <summary>
    /// The indexed words of <paramref name="field"/> this single-token term matches: itself, and (partial) the words
    /// it is a prefix of (three letters or more) and the near-plurals one or two letters shorter.
    /// </summary>
    private WordForms Forms(string field)
    {
        var word = tokens[0];
        var forms = new WordForms();
        var words = lookup.Words(field);
        if (words is null) return forms;

        forms.Exact = words.SeekExact(new BytesRef(word));
        if (word.Length >= 3 && words.SeekCeil(new BytesRef(word)) != TermsEnum.SeekStatus.END)
        {
            do
            {
                var next = words.Term.Utf8ToString();
                if (!next.StartsWith(word, StringComparison.Ordinal)) break;
                if (next == word) continue;
                forms.Partial.Add(next);
                forms.Overflow = forms.Partial.Count > MaxExpansion;
            }
            while (!forms.Overflow && words.MoveNext());
        }

        if (forms.Overflow) forms.Partial.Clear();
        for (var cut = 1; cut <= 2 && word.Length - cut >= 3; cut++)
        {
            if (words.SeekExact(new BytesRef(word[..^cut]))) forms.Partial.Add(word[..^cut]);
        }

        return forms;
    }

    /// <summary>The exact word at <paramref name="exact"/>, its other forms at <paramref name="partial"/>, the best of both.</summary>
    private Query? FormsQuery(string field, WordForms forms, float exact, float partial)
    {
        Query? exactQuery = forms.Exact ? Exact(new Term(field, tokens[0]), exact) : null;
        Query? partialQuery = null;
        if (forms.Partial.Count == 1 && !forms.Overflow)
        {
            partialQuery = Exact(new Term(field, forms.Partial[0]), partial);
        }
        else if (forms.Partial.Count > 0 || forms.Overflow)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var word in forms.Partial) any.Add(Exact(new Term(field, word), 1), Occur.SHOULD);
            if (forms.Overflow) any.Add(new PrefixQuery(new Term(field, tokens[0])), Occur.SHOULD);
            partialQuery = new ConstantScoreQuery(any) { Boost = partial };
        }

        if (exactQuery is null || partialQuery is null) return exactQuery ?? partialQuery;
        return new DisjunctionMaxQuery(0f) { exactQuery, partialQuery };
    }

    /// <summary>A term query that reuses the term's lookup in every segment, done once per search for all the queries built.</summary>
    private TermQuery Exact(Term term, float boost) => new(term, Context(term)) { Boost = boost };

    private TermContext Context(Term term) => lookup.Context(term);
}
