using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The filters of a search (<c>owner:</c>, <c>tag:</c>, <c>domain:</c>, <c>catalog:</c>): several values of one filter
/// are ORed, the filters ANDed. Counts, per document, the filters it passed so far (<see cref="SearchScratch.Filters"/>),
/// so a document passes every filter when its count equals the number of filters.
/// </summary>
internal static class FilterPass
{
    /// <summary>Marks the documents that pass; returns how many filters there are (0: every document passes).</summary>
    public static int Apply(SearchScratch scratch, IList<AtomicReaderContext> segments, SearchQuery query)
    {
        var filters = new List<List<string>>(4);
        Add(filters, query.Owners, Owner);
        Add(filters, query.Tags, v => CatalogFields.Tag + DatasetDocument.Key(v));
        Add(filters, query.Domains, v => CatalogFields.Domain + DatasetDocument.Key(v));
        Add(filters, query.Catalogs, v => CatalogFields.Catalog + DatasetDocument.Key(v));
        for (var kind = 0; kind < filters.Count; kind++)
        {
            foreach (var segment in segments)
            {
                var postings = SegmentPostings.Of(segment.AtomicReader).Field(SegmentPostings.Filters);
                foreach (var term in filters[kind])
                {
                    var word = postings.Find(term);
                    if (word < 0) continue;
                    var docs = postings.Read(word);
                    while (docs.Next(out var doc)) Pass(scratch, segment.DocBase + doc, kind);
                }
            }
        }

        return filters.Count;
    }

    public static bool Passes(SearchScratch scratch, int doc, int filters) => filters == 0 || scratch.Filters[doc] == filters;

    private static void Pass(SearchScratch scratch, int doc, int kind)
    {
        if (scratch.Filters[doc] != kind) return;
        scratch.Filters[doc] = (byte)(kind + 1);
        if (kind == 0) scratch.FilterDocs.Add(doc);
    }

    /// <summary>A filter with values; values that are blank match nothing (a filter of only blank values matches no document).</summary>
    private static void Add(List<List<string>> filters, IReadOnlyList<string> values, Func<string, string> term)
    {
        if (values.Count == 0) return;
        filters.Add([.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => term(v.Trim()))]);
    }

    /// <summary><c>group:x</c> and <c>user:x</c> match exactly; a bare <c>x</c> (or <c>@x</c>) matches either kind.</summary>
    private static string Owner(string wanted)
    {
        var value = wanted.TrimStart('@');
        return OwnerReference.IsValid(value)
            ? CatalogFields.Owner + DatasetDocument.Key(value)
            : CatalogFields.OwnerId + DatasetDocument.Key(value);
    }
}
