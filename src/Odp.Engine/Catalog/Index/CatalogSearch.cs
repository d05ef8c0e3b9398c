using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// One search on an index snapshot, with the file catalog's ranking (<see cref="TermScorer"/>): the filters mark the
/// documents that may match (<see cref="FilterPass"/>), each term adds its score to the documents it matches, then
/// the documents that matched every term are counted and the page is picked (<see cref="TopHits"/>). When no document
/// has every term, documents with any term are ranked instead, so one odd word does not empty the result. Without
/// terms, the filtered documents come in name order. Everything a search reads is in memory
/// (<see cref="SegmentPostings"/>) but the name keys, phrases' positions and the page's stored datasets.
/// </summary>
internal static class CatalogSearch
{
    /// <summary>
    /// The most postings one search may read (<see cref="PostingsBudget"/>): on a million datasets, about 40 ms of CPU.
    /// A search of several words that are each in most datasets is refused with this limit, not run.
    /// </summary>
    public const long MaxPostings = 3_000_000;

    public static SearchResult Run(
        IndexSearcher searcher, StoredDatasets stored, SearchQuery query, long maxPostings = MaxPostings, CancellationToken cancellationToken = default)
    {
        var reader = searcher.IndexReader;
        var segments = reader.Leaves;
        var terms = SearchTerm.Of(query);
        var budget = new PostingsBudget(maxPostings);
        budget.SpendOnWords(terms.Sum(t => TermScorer.Cost(segments, t)));

        var offset = Math.Max(0, query.Offset);
        var limit = Math.Max(0, query.Limit);
        var top = new TopHits(segments, (int)Math.Min(int.MaxValue, (long)offset + limit));
        int total;
        using (var scratch = SearchScratch.Rent(reader.MaxDoc))
        {
            var filters = FilterPass.Apply(scratch, segments, query);
            foreach (var term in terms) TermScorer.Add(scratch, segments, term, filters, budget, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (terms.Count == 0)
            {
                total = Unranked(scratch, reader.MaxDoc, top, filters);
            }
            else
            {
                total = Ranked(scratch, top, terms.Count);
                if (total == 0 && terms.Count > 1) total = Ranked(scratch, top, 1);
            }
        }

        var hits = top.Page(offset, limit)
            .Select(h => new SearchHit(stored.Read(reader, h.Doc), Math.Round(h.Score, 4)))
            .ToList();
        var suggestions = total == 0 && terms.Count > 0
            ? IndexTypoSuggester.Suggest(reader, terms.SelectMany(t => t.Tokens))
            : [];
        return new SearchResult(hits, total, suggestions);
    }

    /// <summary>Offers the documents at least <paramref name="required"/> terms matched; returns how many are live.</summary>
    private static int Ranked(SearchScratch scratch, TopHits top, int required)
    {
        var total = 0;
        foreach (var doc in scratch.Matches.Span)
        {
            if (scratch.Matched[doc] >= required && top.Offer(doc, scratch.Total[doc])) total++;
        }

        return total;
    }

    /// <summary>No terms: every document that passes the filters (every document without filters), unscored.</summary>
    private static int Unranked(SearchScratch scratch, int maxDoc, TopHits top, int filters)
    {
        var total = 0;
        if (filters == 0)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (top.Offer(doc, 0)) total++;
            }

            return total;
        }

        foreach (var doc in scratch.FilterDocs.Span)
        {
            if (scratch.Filters[doc] == filters && top.Offer(doc, 0)) total++;
        }

        return total;
    }
}
