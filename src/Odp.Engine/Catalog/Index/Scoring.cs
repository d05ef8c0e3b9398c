namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Field scores of the current term for one segment's documents, into <see cref="SearchScratch"/>: within one field
/// pass (<see cref="StartField"/>) a document counts once, with the first value offered (exact words are offered
/// before their other forms); its best field and the sum of its fields are kept for <see cref="TermScorer"/>.
/// </summary>
internal readonly struct Scoring(SearchScratch scratch, int docBase, int filters)
{
    private readonly byte[] passed = scratch.Filters;
    private readonly float[] best = scratch.Best;
    private readonly float[] sum = scratch.Sum;

    public void StartField() => scratch.StartField();

    /// <summary>Whether the segment's document passes the search's filters.</summary>
    public bool Passes(int doc) => filters == 0 || passed[docBase + doc] == filters;

    public void Score(int doc, float value)
    {
        var at = docBase + doc;
        if (filters != 0 && passed[at] != filters) return;
        if (!scratch.FirstInField(at)) return;
        if (sum[at] == 0) scratch.TermDocs.Add(at);
        if (value > best[at]) best[at] = value;
        sum[at] += value;
    }

    public void ScoreAll(PostingReader docs, float value)
    {
        while (docs.Next(out var doc)) Score(doc, value);
    }
}
