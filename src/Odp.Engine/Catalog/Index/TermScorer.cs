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

    private static readonly (int Slot, int Field, string Name, double Weight)[] WordFields =
    [
        (1, SegmentPostings.NameTokens, CatalogFields.NameTokens, IndexedDataset.NameWeight),
        (2, SegmentPostings.Tags, CatalogFields.Tags, IndexedDataset.TagWeight),
        (3, SegmentPostings.Columns, CatalogFields.Columns, IndexedDataset.ColumnWeight),
        (4, SegmentPostings.Description, CatalogFields.Description, IndexedDataset.DescriptionWeight),
        (5, SegmentPostings.ColumnDescriptions, CatalogFields.ColumnDescriptions, IndexedDataset.ColumnDescriptionWeight),
    ];

    public static void Add(SearchScratch scratch, IList<AtomicReaderContext> segments, SearchTerm term, int filters, CancellationToken cancellationToken)
    {
        var dots = term.Key.AsSpan().Count('.');
        var weights = new float[TermFields.Count];
        weights[Keys] = (float)(dots switch { 0 => IndexedDataset.TableWeight, 1 => IndexedDataset.SchemaTableWeight, _ => IndexedDataset.FullNameWeight });
        foreach (var (slot, _, _, weight) in WordFields) weights[slot] = (float)weight;
        var fields = new TermFields(weights, scratch.MaskScores);
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoring = new Scoring(scratch, segment.DocBase, filters);
            var postings = SegmentPostings.Of(segment.AtomicReader);
            NameKeys(scoring, segment.AtomicReader, postings, term.Key, dots);
            foreach (var (slot, field, name, _) in WordFields)
            {
                if (term.Tokens.Count == 1) Word(scoring, postings.Field(field), term.Tokens[0], slot);
                else Phrase(scoring, segment.AtomicReader, postings.Field(field), name, term.Tokens, slot);
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
        var exact = field.Find(word);
        if (exact >= 0) scoring.MarkAll(field.Read(exact), TermFields.Exact(slot));
        var other = TermFields.Other(slot);
        if (word.Length >= 3)
        {
            for (var i = exact >= 0 ? exact + 1 : field.LowerBound(word); i < field.WordCount; i++)
            {
                if (!field.Word(i).StartsWith(word, StringComparison.Ordinal)) break;
                scoring.MarkAll(field.Read(i), other);
            }
        }

        for (var cut = 1; cut <= 2 && word.Length - cut >= 3; cut++)
        {
            var shorter = field.Find(word.AsSpan(0, word.Length - cut));
            if (shorter >= 0) scoring.MarkAll(field.Read(shorter), other);
        }
    }

    /// <summary>Several words: the exact phrase, within one value of the field (checked with the index's positions).</summary>
    private static void Phrase(Scoring scoring, AtomicReader segment, FieldPostings field, string name, IReadOnlyList<string> tokens, int slot)
    {
        var words = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = field.Find(tokens[i]);
            if (words[i] < 0) return;
        }

        var candidates = Intersect(scoring, field, words);
        if (candidates.Count == 0) return;
        foreach (var doc in PhrasePositions.Matching(segment, name, tokens, candidates)) scoring.Mark(doc, TermFields.Exact(slot));
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
