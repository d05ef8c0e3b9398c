namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The per-document working arrays of one search, one slot per document of the index, reused from search to search
/// (a few are pooled): every array is zero between searches, and a search clears only the slots it touched, so a
/// search costs what its words' documents cost, not what the index holds. About 30 bytes a document.
/// </summary>
internal sealed class SearchScratch : IDisposable
{
    private static readonly Stack<SearchScratch> Pool = new();
    private static readonly int PoolSize = Math.Max(2, Environment.ProcessorCount);

    private int fieldPass;

    private SearchScratch(int size)
    {
        Allocate(size);
    }

    /// <summary>The field pass each document was last counted in (see <see cref="StartField"/>).</summary>
    public int[] FieldMark { get; private set; } = [];

    /// <summary>The current term's best field score and sum of field scores, per document.</summary>
    public float[] Best { get; private set; } = [];

    public float[] Sum { get; private set; } = [];

    /// <summary>Documents with a field score for the current term.</summary>
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
        if (scratch.FieldMark.Length < size) scratch.Allocate(size);
        return scratch;
    }

    /// <summary>Starts counting one field of one term: <see cref="FirstInField"/> is true once per document until the next start.</summary>
    public void StartField()
    {
        if (++fieldPass == int.MaxValue)
        {
            Array.Clear(FieldMark);
            fieldPass = 1;
        }
    }

    public bool FirstInField(int doc)
    {
        if (FieldMark[doc] == fieldPass) return false;
        FieldMark[doc] = fieldPass;
        return true;
    }

    /// <summary>Zeroes what the search touched and returns the arrays to the pool.</summary>
    public void Dispose()
    {
        foreach (var doc in TermDocs.Span)
        {
            Best[doc] = 0;
            Sum[doc] = 0;
        }

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
        FieldMark = new int[size];
        Best = new float[size];
        Sum = new float[size];
        TermDocs = new DocList(size);
        Total = new float[size];
        Matched = new byte[size];
        Matches = new DocList(size);
        Filters = new byte[size];
        FilterDocs = new DocList(size);
        fieldPass = 0;
    }
}
