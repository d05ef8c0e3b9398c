using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The searched fields and the filters of one index segment, in memory (<see cref="FieldPostings"/>), so a search
/// walks plain arrays instead of Lucene's term dictionaries and postings. Segments never change, so each is read
/// once: when a searcher is opened on it, or, for a merged segment, by the merge itself before searches see it (see
/// <see cref="LuceneCatalogIndex"/>). Deleted documents stay in; searches skip them with the reader's live docs.
/// About a byte per word a document holds (~45 at a time of the synthetic catalog): ~1 MB per 20,000 datasets.
/// </summary>
internal sealed class SegmentPostings
{
    public const int NameTokens = 0;
    public const int Tags = 1;
    public const int Columns = 2;
    public const int Description = 3;
    public const int ColumnDescriptions = 4;
    public const int Filters = 5;

    /// <summary>Table names (lower case), from the <see cref="CatalogFields.Table"/> keys: a one-word search is also a table name.</summary>
    public const int Tables = 6;

    private static readonly string[] FieldNames =
        [CatalogFields.NameTokens, CatalogFields.Tags, CatalogFields.Columns, CatalogFields.Description, CatalogFields.ColumnDescriptions, CatalogFields.Filters];

    private static readonly ConditionalWeakTable<object, Lazy<SegmentPostings>> Read = [];

    private readonly FieldPostings[] fields;

    private SegmentPostings(FieldPostings[] fields, int[] nameOrder, SuggestionWords vocabulary, SuggestionWords tables)
    {
        this.fields = fields;
        NameOrder = nameOrder;
        Vocabulary = vocabulary;
        TableWords = tables;
    }

    /// <summary>"Did you mean" words: those of names, tags, domains and columns, and whole tag and column names.</summary>
    public SuggestionWords Vocabulary { get; }

    /// <summary>"Did you mean" table names (lower case).</summary>
    public SuggestionWords TableWords { get; }

    /// <summary>Each document's place in name order within the segment (its sort key's ordinal).</summary>
    public int[] NameOrder { get; }

    /// <summary>The postings of <paramref name="segment"/>'s core, read on first use and kept while the segment lives.</summary>
    public static SegmentPostings Of(AtomicReader segment) =>
        Read.GetValue(segment.CoreCacheKey, _ => new Lazy<SegmentPostings>(() => Build(segment))).Value;

    public FieldPostings Field(int field) => fields[field];

    public long Bytes => fields.Sum(f => f.Bytes) + NameOrder.Length * 4L + Vocabulary.Bytes + TableWords.Bytes;

    private static SegmentPostings Build(AtomicReader segment)
    {
        FieldPostings[] fields =
        [
            .. FieldNames.Select(name => BuildField(segment, name)),
            BuildField(segment, CatalogFields.Keys, CatalogFields.Table),
        ];
        return new SegmentPostings(
            fields, ReadNameOrder(segment), SuggestionWords.Read(segment, CatalogFields.Vocabulary), SuggestionWords.Of(fields[Tables]));
    }

    private static int[] ReadNameOrder(AtomicReader segment)
    {
        var order = new int[segment.MaxDoc];
        var names = segment.GetSortedDocValues(CatalogFields.NameSort);
        if (names is null) return order;
        for (var doc = 0; doc < order.Length; doc++) order[doc] = names.GetOrd(doc);
        return order;
    }

    /// <summary>The words of <paramref name="field"/> that start with <paramref name="prefix"/> (dropped from the word), with their documents.</summary>
    private static FieldPostings BuildField(AtomicReader segment, string field, string prefix = "")
    {
        var terms = segment.GetTerms(field);
        if (terms is null) return FieldPostings.Empty;

        var words = new List<string>();
        var starts = new List<int>();
        var counts = new List<int>();
        var gaps = new GapWriter();
        var enumerator = terms.GetEnumerator();
        DocsEnum? docs = null;
        var positioned = prefix.Length > 0
            ? enumerator.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) != TermsEnum.SeekStatus.END
            : enumerator.MoveNext();
        for (; positioned; positioned = enumerator.MoveNext())
        {
            var word = enumerator.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            words.Add(word[prefix.Length..]);
            starts.Add(gaps.Length);
            docs = enumerator.Docs(null, docs, DocsFlags.NONE);
            int previous = -1, count = 0, doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                gaps.Write(doc - previous);
                previous = doc;
                count++;
            }

            counts.Add(count);
        }

        // Lucene orders words by their UTF-8 bytes; searches compare UTF-16 ordinally (they differ only past U+FFFF).
        var order = Enumerable.Range(0, words.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(words[a], words[b]));
        return new FieldPostings(
            [.. order.Select(i => words[i])], [.. order.Select(i => starts[i])], [.. order.Select(i => counts[i])], gaps.ToArray());
    }

    /// <summary>A growing buffer of <see cref="PostingReader"/>'s variable-length gaps.</summary>
    private sealed class GapWriter
    {
        private byte[] bytes = new byte[1024];

        public int Length { get; private set; }

        public void Write(int gap)
        {
            if (bytes.Length - Length < 5) Array.Resize(ref bytes, bytes.Length * 2);
            var value = (uint)gap;
            while (value >= 0x80)
            {
                bytes[Length++] = (byte)(value | 0x80);
                value >>= 7;
            }

            bytes[Length++] = (byte)value;
        }

        public byte[] ToArray() => bytes.AsSpan(0, Length).ToArray();
    }
}
