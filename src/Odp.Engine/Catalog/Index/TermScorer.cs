using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Adds one search term's score to every document it matches, with the file catalog's ranking: per field the term
/// scores the field's weight (<see cref="IndexedDataset"/>) for the exact word or phrase, 0.6 of it for a prefix or
/// near-plural form only (single words of three letters or more); the term's score is its best field plus 10% of
/// every other field it matched in. The name keys (full name, schema.table, table) count as one more field. Only
/// documents that pass the search's filters are scored.
/// </summary>
internal static class TermScorer
{
    private const float OtherFields = (float)IndexedDataset.SecondaryShare;

    private static readonly (int Field, string Name, float Weight)[] WordFields =
    [
        (SegmentPostings.NameTokens, CatalogFields.NameTokens, (float)IndexedDataset.NameWeight),
        (SegmentPostings.Tags, CatalogFields.Tags, (float)IndexedDataset.TagWeight),
        (SegmentPostings.Columns, CatalogFields.Columns, (float)IndexedDataset.ColumnWeight),
        (SegmentPostings.Description, CatalogFields.Description, (float)IndexedDataset.DescriptionWeight),
        (SegmentPostings.ColumnDescriptions, CatalogFields.ColumnDescriptions, (float)IndexedDataset.ColumnDescriptionWeight),
    ];

    public static void Add(SearchScratch scratch, IList<AtomicReaderContext> segments, SearchTerm term, int filters, CancellationToken cancellationToken)
    {
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoring = new Scoring(scratch, segment.DocBase, filters);
            var postings = SegmentPostings.Of(segment.AtomicReader);
            NameKeys(scoring, segment.AtomicReader, postings, term.Key);
            foreach (var (field, name, weight) in WordFields)
            {
                if (term.Tokens.Count == 1) Word(scoring, postings.Field(field), term.Tokens[0], weight);
                else Phrase(scoring, segment.AtomicReader, postings.Field(field), name, term.Tokens, weight);
            }
        }

        foreach (var doc in scratch.TermDocs.Span)
        {
            var best = scratch.Best[doc];
            if (scratch.Matched[doc]++ == 0) scratch.Matches.Add(doc);
            scratch.Total[doc] += best + OtherFields * (scratch.Sum[doc] - best);
            scratch.Best[doc] = 0;
            scratch.Sum[doc] = 0;
        }

        scratch.TermDocs.Clear();
    }

    /// <summary>
    /// The whole term as a table name (no dot; in memory), a schema.table in any catalog (one dot) or a full name (two
    /// dots), these two looked up in the index's name keys.
    /// </summary>
    private static void NameKeys(Scoring scoring, AtomicReader segment, SegmentPostings postings, string key)
    {
        var dots = key.AsSpan().Count('.');
        if (dots == 0)
        {
            var tables = postings.Field(SegmentPostings.Tables);
            var table = tables.Find(key);
            if (table < 0) return;
            scoring.StartField();
            scoring.ScoreAll(tables.Read(table), (float)IndexedDataset.TableWeight);
            return;
        }

        if (dots > 2) return;
        var keys = segment.GetTerms(CatalogFields.Keys)?.GetEnumerator();
        if (keys is null) return;
        scoring.StartField();
        DocsEnum? docs = null;
        if (dots == 2) Key(CatalogFields.NameKey + key, IndexedDataset.FullNameWeight);
        if (dots == 1)
        {
            var filters = postings.Field(SegmentPostings.Filters);
            for (var i = filters.LowerBound(CatalogFields.Catalog); i < filters.WordCount; i++)
            {
                var word = filters.Word(i);
                if (!word.StartsWith(CatalogFields.Catalog, StringComparison.Ordinal)) break;
                Key($"{CatalogFields.NameKey}{word.AsSpan(CatalogFields.Catalog.Length)}.{key}", IndexedDataset.SchemaTableWeight);
            }
        }

        void Key(string term, double weight)
        {
            if (!keys.SeekExact(new BytesRef(term))) return;
            docs = keys.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) scoring.Score(doc, (float)weight);
        }
    }

    /// <summary>One word: exact at the field's weight, then its prefix forms (three letters or more) and near-plurals at 0.6.</summary>
    private static void Word(Scoring scoring, FieldPostings field, string word, float weight)
    {
        var exact = field.Find(word);
        var partial = (float)(weight * SearchText.PrefixMatch);
        scoring.StartField();
        if (exact >= 0) scoring.ScoreAll(field.Read(exact), weight);
        if (word.Length >= 3)
        {
            for (var i = exact >= 0 ? exact + 1 : field.LowerBound(word); i < field.WordCount; i++)
            {
                if (!field.Word(i).StartsWith(word, StringComparison.Ordinal)) break;
                scoring.ScoreAll(field.Read(i), partial);
            }
        }

        for (var cut = 1; cut <= 2 && word.Length - cut >= 3; cut++)
        {
            var shorter = field.Find(word.AsSpan(0, word.Length - cut));
            if (shorter >= 0) scoring.ScoreAll(field.Read(shorter), partial);
        }
    }

    /// <summary>Several words: the exact phrase, within one value of the field (checked with the index's positions).</summary>
    private static void Phrase(Scoring scoring, AtomicReader segment, FieldPostings field, string name, IReadOnlyList<string> tokens, float weight)
    {
        var words = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = field.Find(tokens[i]);
            if (words[i] < 0) return;
        }

        var candidates = Intersect(scoring, field, words);
        if (candidates.Count == 0) return;
        scoring.StartField();
        foreach (var doc in PhrasePositions.Matching(segment, name, tokens, candidates)) scoring.Score(doc, weight);
    }

    /// <summary>The documents (of this segment, passing the filters) that hold every word.</summary>
    private static List<int> Intersect(Scoring scoring, FieldPostings field, int[] words)
    {
        var readers = words.Select(field.Read).OrderBy(r => r.Left).ToArray();
        var current = new int[readers.Length];
        var found = new List<int>();
        for (var i = 1; i < readers.Length; i++) readers[i].Next(out current[i]);
        while (readers[0].Next(out var doc))
        {
            var all = true;
            for (var i = 1; i < readers.Length && all; i++)
            {
                while (current[i] < doc) readers[i].Next(out current[i]);
                all = current[i] == doc;
            }

            if (all && scoring.Passes(doc)) found.Add(doc);
        }

        return found;
    }
}
