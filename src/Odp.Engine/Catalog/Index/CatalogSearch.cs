using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// One search on an index snapshot. The total is counted with an unscored query (<see cref="CatalogQueryBuilder.Counted"/>);
/// the page is ranked in tiers: datasets matching in the name fields first, then tags, columns and descriptions, and a
/// weaker tier is only searched when the better ones cannot fill the page. Field weights are far apart (a prefix match
/// in a better field outscores an exact match in the next one plus every 10% share below it), so a tier's page is the
/// exact page when its last hit scores above the best a dataset outside the tier can reach; otherwise the next tier,
/// down to the exhaustive query, is searched.
/// </summary>
internal static class CatalogSearch
{
    /// <summary>The highest score a term can get from datasets whose best match for it is below tier 0, 1, 2 and 3.</summary>
    private static readonly double[] BelowTier =
    [
        IndexedDataset.TagWeight + IndexedDataset.SecondaryShare * (IndexedDataset.ColumnWeight + IndexedDataset.DescriptionWeight + IndexedDataset.ColumnDescriptionWeight),
        IndexedDataset.ColumnWeight + IndexedDataset.SecondaryShare * (IndexedDataset.DescriptionWeight + IndexedDataset.ColumnDescriptionWeight),
        IndexedDataset.DescriptionWeight + IndexedDataset.SecondaryShare * IndexedDataset.ColumnDescriptionWeight,
        0,
    ];

    private static readonly Sort Order = new(SortField.FIELD_SCORE, new SortField(CatalogFields.NameSort, SortFieldType.STRING));

    /// <param name="tiered">False ranks every match at once (the reference the tiers are tested against).</param>
    public static SearchResult Run(IndexSearcher searcher, SearchQuery query, bool tiered = true)
    {
        var reader = searcher.IndexReader;
        var terms = CatalogQueryBuilder.Terms(query).Select(t => new TermMatchers(reader, t.Text, t.Tokens)).ToList();
        var everyTerm = true;
        var total = Count(searcher, CatalogQueryBuilder.Counted(query, terms, everyTerm));
        if (total == 0 && terms.Count > 1)
        {
            // No dataset has every term: fall back to any term, so one odd word does not empty the result.
            everyTerm = false;
            total = Count(searcher, CatalogQueryBuilder.Counted(query, terms, everyTerm));
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
        var page = Rank(searcher, query, terms, everyTerm, total, wanted, tiered);
        var hits = page.ScoreDocs
            .Skip(offset)
            .Take(limit)
            .Select(d => new SearchHit(DatasetDocument.Read(searcher.Doc(d.Doc)), Math.Round(d.Score, 4)))
            .ToList();
        return new SearchResult(hits, total, []);
    }

    private static TopDocs Rank(IndexSearcher searcher, SearchQuery query, List<TermMatchers> terms, bool everyTerm, int total, int wanted, bool tiered)
    {
        for (var tier = tiered && terms.Count > 0 ? 0 : TermMatchers.LastTier; tier < TermMatchers.LastTier; tier++)
        {
            var possible = everyTerm ? terms.All(t => t.HasTier(tier)) : terms.Any(t => t.HasTier(tier));
            if (!possible) continue;

            var page = searcher.Search(CatalogQueryBuilder.Scored(query, terms, everyTerm, tier), null, wanted, Order, true, false);
            if (page.TotalHits == total) return page;
            if (page.ScoreDocs.Length == wanted && page.ScoreDocs[^1].Score > Margin(OutsideBound(terms, everyTerm, tier))) return page;
        }

        return searcher.Search(CatalogQueryBuilder.Scored(query, terms, everyTerm, TermMatchers.LastTier), null, wanted, Order, true, false);
    }

    /// <summary>
    /// The best score of a dataset the tier leaves out. AND: some term's best match is below the tier, every other term
    /// at most its maximum. OR: no term matches in the tier.
    /// </summary>
    private static double OutsideBound(List<TermMatchers> terms, bool everyTerm, int tier)
    {
        if (!everyTerm) return terms.Count * BelowTier[tier];
        var sum = terms.Sum(t => t.MaxScore);
        return sum - terms.Min(t => t.MaxScore - Math.Min(t.MaxScore, BelowTier[tier]));
    }

    /// <summary>Scores are summed in single precision: keep clear of rounding.</summary>
    private static double Margin(double bound) => bound * (1 + 1e-5) + 1e-3;

    /// <summary>How many live datasets match; a lone term is counted from the term dictionary where nothing was deleted.</summary>
    private static int Count(IndexSearcher searcher, Query query)
    {
        if (query is TermQuery single)
        {
            var count = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                if (!reader.HasDeletions)
                {
                    count += reader.DocFreq(single.Term);
                    continue;
                }

                var docs = reader.GetTermDocsEnum(single.Term);
                if (docs is null) continue;
                var live = reader.LiveDocs;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (live.Get(docs.DocID)) count++;
                }
            }

            return count;
        }

        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }
}
