using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// One search on an index snapshot. The total is counted with an unscored query (<see cref="CatalogQueryBuilder.Counted"/>),
/// exactly up to <see cref="CountLimit"/> (a lone word is counted exactly from the term dictionary). The page is ranked
/// on ever larger subsets: datasets matching every term in the name fields and in every weaker field the term occurs
/// in, then in fewer weaker fields, then in tags, columns and descriptions, and at last every match. Field weights are
/// far apart, so a subset's page is the exact page when its last hit scores above the best score a dataset outside
/// the subset can reach (worked out from the fields and forms each term occurs in); otherwise the next subset is
/// ranked. Common words thus rank a few hundred datasets instead of every match.
/// </summary>
internal static class CatalogSearch
{
    /// <summary>Totals above this are reported as "at least" (<see cref="SearchResult.TotalIsLowerBound"/>).</summary>
    public const int CountLimit = 10_000;

    /// <summary>Up to this many matches are ranked all at once, without subsets.</summary>
    public const int RankAtOnce = 1_000;

    private static readonly Sort Order = new(SortField.FIELD_SCORE, new SortField(CatalogFields.NameSort, SortFieldType.STRING));

    /// <param name="rankAtOnce">Totals up to this are ranked without subsets; <see cref="int.MaxValue"/> ranks every
    /// match at once (the reference the subsets are tested against), 0 always uses the subsets.</param>
    public static SearchResult Run(IndexSearcher searcher, SearchQuery query, int rankAtOnce = RankAtOnce)
    {
        var reader = searcher.IndexReader;
        var lookup = new TermLookup(reader);
        var terms = CatalogQueryBuilder.Terms(query).Select(t => new TermMatchers(lookup, t.Text, t.Tokens)).ToList();
        var everyTerm = true;
        var (total, capped) = Count(searcher, CatalogQueryBuilder.Counted(query, terms, everyTerm));
        if (total == 0 && terms.Count > 1)
        {
            // No dataset has every term: fall back to any term, so one odd word does not empty the result.
            everyTerm = false;
            (total, capped) = Count(searcher, CatalogQueryBuilder.Counted(query, terms, everyTerm));
        }

        if (total == 0)
        {
            var suggestions = terms.Count > 0
                ? IndexTypoSuggester.Suggest(reader, CatalogQueryBuilder.Terms(query).SelectMany(t => t.Tokens))
                : [];
            return new SearchResult([], 0, suggestions);
        }

        var offset = Math.Max(0, query.Offset);
        var limit = Math.Max(0, query.Limit);
        var wanted = Math.Max(1, offset + limit);
        // A small total is ranked at once: finding those few matches costs about what counting them did.
        var page = terms.Count > 0 && (capped || total > rankAtOnce)
            ? Rank(searcher, query, terms, everyTerm, total, capped, wanted)
            : Search(searcher, CatalogQueryBuilder.Scored(query, terms, everyTerm, TermMatchers.LastTier), wanted);
        var hits = page.ScoreDocs
            .Skip(offset)
            .Take(limit)
            .Select(d => new SearchHit(DatasetDocument.Read(searcher.Doc(d.Doc)), Math.Round(d.Score, 4)))
            .ToList();
        return new SearchResult(hits, total, [], capped);
    }

    private static TopDocs Rank(IndexSearcher searcher, SearchQuery query, List<TermMatchers> terms, bool everyTerm, int total, bool capped, int wanted)
    {
        for (var tier = 0; tier < TermMatchers.LastTier; tier++)
        {
            if (everyTerm ? !terms.All(t => t.HasTier(tier)) : !terms.Any(t => t.HasTier(tier))) continue;

            // Several common words: first the datasets where each is the exact word (not a prefix or plural form) in
            // the tier's fields; they score highest, and leave out most of the datasets the other forms bring in.
            if (everyTerm && terms.Count > 1 && terms.All(t => t.HasExact(tier)) && terms.Any(t => t.HasOtherForms(tier)))
            {
                var exact = Search(searcher, CatalogQueryBuilder.Scored(query, terms, everyTerm, tier, exactInTier: true), wanted);
                if (exact.TotalHits == total && !capped) return exact;
                var outside = terms.Sum(t => t.MaxScore) - terms.Min(t => t.MaxScore - Math.Min(t.MaxScore, t.MaxScoreOutsideExact(tier)));
                if (exact.ScoreDocs.Length == wanted && exact.ScoreDocs[^1].Score > Margin(outside)) return exact;
            }

            // A lone word that matches many names is first asked to match in the weaker fields it occurs in too: few
            // datasets have them all, and they score highest. Several words together already narrow the names.
            for (var required = everyTerm && terms.Count == 1 ? terms[0].WeakerCount(tier) : 0; required >= 0; required--)
            {
                var page = Search(searcher, CatalogQueryBuilder.Scored(query, terms, everyTerm, tier, required), wanted);
                if (page.TotalHits == total && !capped) return page;
                if (page.ScoreDocs.Length == wanted
                    && page.ScoreDocs[^1].Score > Margin(OutsideBound(terms, everyTerm, tier, required))) return page;
            }
        }

        return Search(searcher, CatalogQueryBuilder.Scored(query, terms, everyTerm, TermMatchers.LastTier), wanted);
    }

    private static TopDocs Search(IndexSearcher searcher, Query query, int wanted) =>
        searcher.Search(query, null, wanted, Order, true, false);

    /// <summary>
    /// The best score of a dataset the subset leaves out. AND: one term scores at most its best outside the subset,
    /// every other term at most its maximum. OR: every term scores at most its best outside the tier.
    /// </summary>
    private static double OutsideBound(List<TermMatchers> terms, bool everyTerm, int tier, int required)
    {
        if (!everyTerm) return terms.Sum(t => t.MaxScoreOutside(tier));
        var sum = terms.Sum(t => t.MaxScore);
        return sum - terms.Min(t => t.MaxScore - Math.Min(t.MaxScore, t.MaxScoreOutside(tier, required)));
    }

    /// <summary>Scores are summed in single precision: keep clear of rounding.</summary>
    private static double Margin(double bound) => bound * (1 + 1e-5) + 1e-3;

    /// <summary>How many live datasets match, and whether counting stopped at <see cref="CountLimit"/>; a lone term is counted exactly from the term dictionary.</summary>
    private static (int Count, bool Capped) Count(IndexSearcher searcher, Query query)
    {
        if (query is TermQuery single) return (TermCount(searcher.IndexReader, single.Term), false);

        var collector = new CappedCountCollector(CountLimit);
        searcher.Search(query, collector);
        return (collector.Count, collector.Count >= CountLimit);
    }

    private static int TermCount(IndexReader reader, Term term)
    {
        var count = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (!segment.HasDeletions)
            {
                count += segment.DocFreq(term);
                continue;
            }

            var docs = segment.GetTermDocsEnum(term);
            if (docs is null) continue;
            var live = segment.LiveDocs;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (live.Get(docs.DocID)) count++;
            }
        }

        return count;
    }
}
