namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Marks, for the current term and one segment's documents, which fields and forms matched
/// (<see cref="SearchScratch.Fields"/>, one bit each, see <see cref="TermFields"/>), keeping the documents it marks
/// first. Only documents that pass the search's filters are marked.
/// </summary>
internal readonly struct Scoring(SearchScratch scratch, int docBase, int filters)
{
    /// <summary>Whether the segment's document passes the search's filters.</summary>
    public bool Passes(int doc) => filters == 0 || scratch.Filters[docBase + doc] == filters;

    public void Mark(int doc, ushort bit)
    {
        var at = docBase + doc;
        if (filters != 0 && scratch.Filters[at] != filters) return;
        var fields = scratch.Fields;
        var old = fields[at];
        if (old == 0) scratch.TermDocs.Add(at);
        fields[at] = (ushort)(old | bit);
    }

    /// <summary><see cref="Mark"/> for every document of an index term (a word pair, a name key).</summary>
    public void MarkAll(Lucene.Net.Index.DocsEnum docs, ushort bit)
    {
        int doc;
        while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) Mark(doc, bit);
    }

    /// <summary><see cref="Mark"/> for every document of a word: the hot loop of a search, with everything in locals.</summary>
    public void MarkAll(PostingReader docs, ushort bit)
    {
        var fields = scratch.Fields;
        var passed = scratch.Filters;
        var touched = scratch.TermDocs;
        var list = touched.Items;
        var count = touched.Count;
        Span<int> batch = stackalloc int[256];
        int read;
        while ((read = docs.Read(batch)) > 0)
        {
            foreach (var doc in batch[..read])
            {
                var at = docBase + doc;
                if (filters != 0 && passed[at] != filters) continue;
                var old = fields[at];
                if (old == 0) list[count++] = at;
                fields[at] = (ushort)(old | bit);
            }
        }

        touched.Count = count;
    }
}
