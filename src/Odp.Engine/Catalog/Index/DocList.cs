namespace Odp.Engine.Catalog.Index;

/// <summary>A list of document numbers with a fixed capacity (each document at most once), for <see cref="SearchScratch"/>.</summary>
internal sealed class DocList(int capacity)
{
    /// <summary>The documents in <c>[0, Count)</c>; hot loops write here directly and then set <see cref="Count"/>.</summary>
    public int[] Items { get; } = new int[capacity];

    public int Count { get; set; }

    public ReadOnlySpan<int> Span => Items.AsSpan(0, Count);

    public void Add(int doc) => Items[Count++] = doc;

    public void Clear() => Count = 0;
}
