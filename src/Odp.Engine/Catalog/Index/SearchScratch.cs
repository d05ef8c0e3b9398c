namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The per-document working arrays of one search, one slot per document of the index, reused from search to search
/// (a few are pooled): every array is zero between searches, and a search clears only the slots it touched, so a
/// search costs what its words' documents cost, not what the index holds. About 20 bytes a document.
/// </summary>
internal sealed class SearchScratch : IDisposable
{
    private static readonly Stack<SearchScratch> Pool = new();
    private static readonly int PoolSize = Math.Max(2, Environment.ProcessorCount);

    private SearchScratch(int size)
    {
        Allocate(size);
    }

    /// <summary>Which fields (and forms) the current term matched in each document (see <see cref="TermFields"/>).</summary>
    public ushort[] Fields { get; private set; } = [];

    /// <summary>The current term's score of each field mask (see <see cref="TermFields"/>).</summary>
    public float[] MaskScores { get; } = new float[TermFields.Masks];

    /// <summary>Documents the current term matched.</summary>
    public DocList TermDocs { get; private set; } = new(0);

    /// <summary>The summed term scores and how many terms matched, per document.</summary>
    public float[] Total { get; private set; } = [];

    public byte[] Matched { get; private set; } = [];

    /// <summary>Documents some term matched.</summary>
    public DocList Matches { get; private set; } = new(0);

    /// <summary>How many filters each document passed (see <see cref="FilterPass"/>).</summary>
    public byte[] Filters { get; private set; } = [];

    public DocList FilterDocs { get; private set; } = new(0);

    public static SearchScratch Rent(int size)
    {
        SearchScratch? scratch = null;
        lock (Pool)
        {
            if (Pool.Count > 0) scratch = Pool.Pop();
        }

        if (scratch is null) return new SearchScratch(size);
        if (scratch.Fields.Length < size) scratch.Allocate(size);
        return scratch;
    }

    /// <summary>Zeroes what the search touched and returns the arrays to the pool.</summary>
    public void Dispose()
    {
        foreach (var doc in TermDocs.Span) Fields[doc] = 0;
        foreach (var doc in Matches.Span)
        {
            Total[doc] = 0;
            Matched[doc] = 0;
        }

        foreach (var doc in FilterDocs.Span) Filters[doc] = 0;
        TermDocs.Clear();
        Matches.Clear();
        FilterDocs.Clear();
        lock (Pool)
        {
            if (Pool.Count < PoolSize) Pool.Push(this);
        }
    }

    private void Allocate(int size)
    {
        size = Math.Max(size, 1024);
        Fields = new ushort[size];
        TermDocs = new DocList(size);
        Total = new float[size];
        Matched = new byte[size];
        Matches = new DocList(size);
        Filters = new byte[size];
        FilterDocs = new DocList(size);
    }
}
