using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Adds one search term's score to every document it matches, with the file catalog's ranking: per field the term
/// scores the field's weight (<see cref="IndexedDataset"/>) for the exact word or phrase, 0.6 of it for a prefix or
/// near-plural form only (single words of three letters or more); the term's score is its best field plus 10% of
/// every other field it matched in (<see cref="TermFields"/>). The name keys (full name, schema.table, table) count
/// as one more field. Only documents that pass the search's filters are scored. Each word's documents are walked once,
/// setting a bit; each matched document is then scored once.
/// </summary>
internal static class TermScorer
{
    private const int Keys = 0;

    /// <summary>
    /// The searched fields, with their prefix in <see cref="CatalogFields.Pairs"/>. Descriptions have none: their pairs
    /// doubled the build's CPU at a million datasets (docs/performance.md), so their phrases are checked by positions.
    /// </summary>
    private static readonly (int Slot, int Field, string Name, string? Pairs, double Weight)[] WordFields =
    [
        (1, SegmentPostings.NameTokens, CatalogFields.NameTokens, CatalogFields.NamePairs, IndexedDataset.NameWeight),
        (2, SegmentPostings.Tags, CatalogFields.Tags, CatalogFields.TagPairs, IndexedDataset.TagWeight),
        (3, SegmentPostings.Columns, CatalogFields.Columns, CatalogFields.ColumnPairs, IndexedDataset.ColumnWeight),
        (4, SegmentPostings.Description, CatalogFields.Description, null, IndexedDataset.DescriptionWeight),
        (5, SegmentPostings.ColumnDescriptions, CatalogFields.ColumnDescriptions, null, IndexedDataset.ColumnDescriptionWeight),
    ];

    public static void Add(
        SearchScratch scratch, IList<AtomicReaderContext> segments, SearchTerm term, int filters, PostingsBudget budget, CancellationToken cancellationToken)
    {
        var dots = term.Key.AsSpan().Count('.');
        var weights = new float[TermFields.Count];
        weights[Keys] = (float)(dots switch { 0 => IndexedDataset.TableWeight, 1 => IndexedDataset.SchemaTableWeight, _ => IndexedDataset.FullNameWeight });
        foreach (var (slot, _, _, _, weight) in WordFields) weights[slot] = (float)weight;
        var fields = new TermFields(weights, scratch.MaskScores);
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoring = new Scoring(scratch, segment.DocBase, filters);
            var postings = SegmentPostings.Of(segment.AtomicReader);
            NameKeys(scoring, segment.AtomicReader, postings, term.Key, dots);
            foreach (var (slot, field, name, pairs, _) in WordFields)
            {
                if (term.Tokens.Count == 1) Word(scoring, postings.Field(field), term.Tokens[0], slot);
                else if (pairs is not null) PhraseMatches.ByPairs(scoring, segment.AtomicReader, pairs, name, term.Tokens, slot, budget);
                else PhraseMatches.ByPositions(scoring, segment.AtomicReader, postings.Field(field), name, term.Tokens, slot, budget);
            }
        }

        var masks = scratch.Fields;
        var totals = scratch.Total;
        var matched = scratch.Matched;
        var matches = scratch.Matches;
        var list = matches.Items;
        var count = matches.Count;
        foreach (var doc in scratch.TermDocs.Span)
        {
            if (matched[doc]++ == 0) list[count++] = doc;
            totals[doc] += fields.ScoreOf(masks[doc]);
            masks[doc] = 0;
        }

        matches.Count = count;
        scratch.TermDocs.Clear();
    }

    /// <summary>
    /// The whole term as a table name (no dot; in memory), a schema.table in any catalog (one dot) or a full name (two
    /// dots), these two looked up in the index's name keys.
    /// </summary>
    private static void NameKeys(Scoring scoring, AtomicReader segment, SegmentPostings postings, string key, int dots)
    {
        var bit = TermFields.Exact(Keys);
        if (dots == 0)
        {
            var tables = postings.Field(SegmentPostings.Tables);
            var table = tables.Find(key);
            if (table >= 0) scoring.MarkAll(tables.Read(table), bit);
            return;
        }

        if (dots > 2) return;
        var keys = segment.GetTerms(CatalogFields.Keys)?.GetEnumerator();
        if (keys is null) return;
        DocsEnum? docs = null;
        if (dots == 2) Key(CatalogFields.NameKey + key);
        if (dots == 1)
        {
            var filters = postings.Field(SegmentPostings.Filters);
            for (var i = filters.LowerBound(CatalogFields.Catalog); i < filters.WordCount; i++)
            {
                var word = filters.Word(i);
                if (!word.StartsWith(CatalogFields.Catalog, StringComparison.Ordinal)) break;
                Key($"{CatalogFields.NameKey}{word.AsSpan(CatalogFields.Catalog.Length)}.{key}");
            }
        }

        void Key(string term)
        {
            if (!keys.SeekExact(new BytesRef(term))) return;
            docs = keys.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) scoring.Mark(doc, bit);
        }
    }

    /// <summary>One word: exact, and its prefix forms (three letters or more) and near-plurals as other forms.</summary>
    private static void Word(Scoring scoring, FieldPostings field, string word, int slot)
    {
        foreach (var (index, exact) in Forms(field, word))
        {
            scoring.MarkAll(field.Read(index), exact ? TermFields.Exact(slot) : TermFields.Other(slot));
        }
    }

    /// <summary>The words of <paramref name="field"/> a one-word term matches: itself (exact), then its prefix forms and near-plurals.</summary>
    private static List<(int Index, bool Exact)> Forms(FieldPostings field, string word)
    {
        var forms = new List<(int, bool)>();
        var exact = field.Find(word);
        if (exact >= 0) forms.Add((exact, true));
        if (word.Length >= 3)
        {
            for (var i = exact >= 0 ? exact + 1 : field.LowerBound(word); i < field.WordCount; i++)
            {
                if (!field.Word(i).StartsWith(word, StringComparison.Ordinal)) break;
                forms.Add((i, false));
            }
        }

        for (var cut = 1; cut <= 2 && word.Length - cut >= 3; cut++)
        {
            var shorter = field.Find(word.AsSpan(0, word.Length - cut));
            if (shorter >= 0) forms.Add((shorter, false));
        }

        return forms;
    }

    /// <summary>
    /// How many postings scoring the term reads in all: its words' and forms' documents in every field, and its table
    /// name's; for a phrase, its pairs' documents in names, tags and columns and its words' in descriptions
    /// (<see cref="PhraseMatches"/>).
    /// </summary>
    public static long Cost(IList<AtomicReaderContext> segments, SearchTerm term)
    {
        long cost = 0;
        foreach (var segment in segments)
        {
            var postings = SegmentPostings.Of(segment.AtomicReader);
            if (term.Tokens.Count != 1)
            {
                var pairTerms = segment.AtomicReader.GetTerms(CatalogFields.Pairs)?.GetEnumerator();
                foreach (var (_, field, _, pairs, _) in WordFields)
                {
                    cost += pairs is null
                        ? PhraseMatches.Cost(postings.Field(field), term.Tokens)
                        : PhraseMatches.Cost(pairTerms, pairs, term.Tokens);
                }

                continue;
            }

            var tables = postings.Field(SegmentPostings.Tables);
            if (tables.Find(term.Key) is var table and >= 0) cost += tables.Count(table);
            foreach (var (_, field, _, _, _) in WordFields)
            {
                var words = postings.Field(field);
                foreach (var (index, _) in Forms(words, term.Tokens[0])) cost += words.Count(index);
            }
        }

        return cost;
    }
}
