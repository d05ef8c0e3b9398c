using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The term dictionary lookups of one search, sharing their enumerators: one per field across segments (for seeking
/// and walking words) and one per segment and field (for each term's per-segment state), instead of new ones for
/// every term, form and field. A search on a large index otherwise spends much of its time and memory creating them.
/// Not thread-safe: one per search.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum?> fields = [];
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> segments = [];
    private readonly Dictionary<Term, TermContext> contexts = [];
    private List<string>? catalogs;

    public IndexReader Reader => reader;

    /// <summary>The words of <paramref name="field"/> across segments (null when no segment has the field), positioned anywhere: seek first.</summary>
    public TermsEnum? Words(string field)
    {
        if (!fields.TryGetValue(field, out var words))
        {
            words = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            fields[field] = words;
        }

        return words;
    }

    /// <summary>The term's state in every segment that has it, looked up once per search.</summary>
    public TermContext Context(Term term)
    {
        if (contexts.TryGetValue(term, out var context)) return context;
        context = new TermContext(reader.Context);
        foreach (var leaf in reader.Leaves)
        {
            var key = (leaf.Ord, term.Field);
            if (!segments.TryGetValue(key, out var words))
            {
                words = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                segments[key] = words;
            }

            if (words is not null && words.SeekExact(term.Bytes))
            {
                context.Register(words.GetTermState(), leaf.Ord, words.DocFreq, words.TotalTermFreq);
            }
        }

        contexts[term] = context;
        return context;
    }

    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>The catalogs the index holds (lower case), from the catalog filter's terms.</summary>
    public IReadOnlyList<string> Catalogs()
    {
        if (catalogs is not null) return catalogs;
        catalogs = [];
        var words = Words(CatalogFields.Filters);
        if (words is null || words.SeekCeil(new BytesRef(CatalogFields.Catalog)) == TermsEnum.SeekStatus.END) return catalogs;
        do
        {
            var word = words.Term.Utf8ToString();
            if (!word.StartsWith(CatalogFields.Catalog, StringComparison.Ordinal)) break;
            catalogs.Add(word[CatalogFields.Catalog.Length..]);
        }
        while (words.MoveNext());

        return catalogs;
    }

}
