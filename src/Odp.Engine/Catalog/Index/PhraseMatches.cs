using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Several words of one search term: the documents where they form the exact phrase within one value of a field. In
/// names, tags and columns a two-word phrase is one lookup of its pair of neighbours (<see cref="CatalogFields.Pairs"/>)
/// and a longer one checks positions only where every pair occurs. Descriptions keep no pairs: their documents holding
/// every word are checked by positions. What finding the candidates reads counts against the search's budget before it
/// starts (<see cref="Cost(FieldPostings, IReadOnlyList{string})"/>), each position check as it is found
/// (<see cref="PostingsBudget.SpendOnPositions"/>).
/// </summary>
internal static class PhraseMatches
{
    /// <summary>
    /// What checking one candidate's word order costs, in postings read from memory: its positions are read through
    /// Lucene's enumerators, one per word (about 12 times the time of a posting at a million datasets).
    /// </summary>
    public const int PositionCheckCost = 12;

    /// <summary>
    /// What a posting of a phrase's word in a description costs: its candidates are found by walking every word's
    /// documents in memory, and their positions are then read by walking the same words through the index (about
    /// three times a posting scored straight from memory).
    /// </summary>
    public const int DescriptionWordCost = 3;

    public static void ByPairs(
        Scoring scoring, AtomicReader segment, string prefix, string field, IReadOnlyList<string> tokens, int slot, PostingsBudget budget)
    {
        var pairs = segment.GetTerms(CatalogFields.Pairs)?.GetEnumerator();
        if (pairs is null) return;
        var docs = new DocsEnum[tokens.Count - 1];
        for (var i = 0; i < docs.Length; i++)
        {
            if (!pairs.SeekExact(new BytesRef(string.Concat(prefix, tokens[i], " ", tokens[i + 1])))) return;
            docs[i] = pairs.Docs(null, null, DocsFlags.NONE);
        }

        var bit = TermFields.Exact(slot);
        if (docs.Length == 1)
        {
            scoring.MarkAll(docs[0], bit);
            return;
        }

        var candidates = Intersect(scoring, docs);
        if (candidates.Count == 0) return;
        budget.SpendOnPositions(candidates.Count);
        foreach (var doc in PhrasePositions.Matching(segment, field, tokens, candidates)) scoring.Mark(doc, bit);
    }

    /// <summary>The documents of <paramref name="words"/> (passing the filters) holding every token, checked by positions.</summary>
    public static void ByPositions(
        Scoring scoring, AtomicReader segment, FieldPostings words, string field, IReadOnlyList<string> tokens, int slot, PostingsBudget budget)
    {
        var readers = new PostingReader[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var index = words.Find(tokens[i]);
            if (index < 0) return;
            readers[i] = words.Read(index);
        }

        var candidates = Intersect(scoring, readers);
        if (candidates.Count == 0) return;
        budget.SpendOnPositions(candidates.Count);
        var bit = TermFields.Exact(slot);
        foreach (var doc in PhrasePositions.Matching(segment, field, tokens, candidates)) scoring.Mark(doc, bit);
    }

    /// <summary>
    /// What <see cref="ByPairs"/> reads to find its candidates: every pair's documents (nothing when a pair is not there).
    /// Their position checks are counted as they are found.
    /// </summary>
    public static long Cost(TermsEnum? pairs, string prefix, IReadOnlyList<string> tokens)
    {
        if (pairs is null) return 0;
        long sum = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!pairs.SeekExact(new BytesRef(string.Concat(prefix, tokens[i], " ", tokens[i + 1])))) return 0;
            sum += pairs.DocFreq;
        }

        return sum;
    }

    /// <summary>
    /// What <see cref="ByPositions"/> reads in <paramref name="words"/>: every token's documents, in memory and through
    /// the index (<see cref="DescriptionWordCost"/>), nothing when a token is not there. Each candidate's position
    /// check is counted as it is found.
    /// </summary>
    public static long Cost(FieldPostings words, IReadOnlyList<string> tokens)
    {
        long sum = 0;
        foreach (var token in tokens)
        {
            var index = words.Find(token);
            if (index < 0) return 0;
            sum += words.Count(index);
        }

        return sum * DescriptionWordCost;
    }

    /// <summary>The documents (of this segment, passing the filters) that hold every pair, by leapfrogging.</summary>
    private static List<int> Intersect(Scoring scoring, DocsEnum[] docs)
    {
        var found = new List<int>();
        var target = docs[0].NextDoc();
        while (target != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
        {
            var all = true;
            for (var i = 1; i < docs.Length; i++)
            {
                var at = docs[i].DocID < target ? docs[i].Advance(target) : docs[i].DocID;
                if (at == target) continue;
                all = false;
                target = at == Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS ? at : docs[0].Advance(at);
                break;
            }

            if (!all) continue;
            if (scoring.Passes(target)) found.Add(target);
            target = docs[0].NextDoc();
        }

        return found;
    }

    /// <summary>The documents (of this segment, passing the filters) that every reader holds, walking them together.</summary>
    private static List<int> Intersect(Scoring scoring, PostingReader[] readers)
    {
        var found = new List<int>();
        var current = new int[readers.Length];
        for (var i = 0; i < readers.Length; i++)
        {
            if (!readers[i].Next(out current[i])) return found;
        }

        while (true)
        {
            var target = current[0];
            for (var i = 1; i < current.Length; i++) target = Math.Max(target, current[i]);
            var all = true;
            for (var i = 0; i < readers.Length; i++)
            {
                while (current[i] < target)
                {
                    if (!readers[i].Next(out current[i])) return found;
                }

                all &= current[i] == target;
            }

            if (!all) continue;
            if (scoring.Passes(target)) found.Add(target);
            if (!readers[0].Next(out current[0])) return found;
        }
    }
}
