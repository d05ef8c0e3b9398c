namespace Odp.Engine.Catalog.Index;

/// <summary>A list of document numbers with a fixed capacity (each document at most once), for <see cref="SearchScratch"/>.</summary>
internal sealed class DocList(int capacity)
{
    private readonly int[] docs = new int[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Span => docs.AsSpan(0, Count);

    public void Add(int doc) => docs[Count++] = doc;

    public void Clear() => Count = 0;
}
