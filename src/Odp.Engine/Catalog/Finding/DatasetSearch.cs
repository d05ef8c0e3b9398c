namespace Odp.Engine.Catalog.Finding;

/// <summary>One page of a search as typed: the text, the page asked for and its size, and what was found.</summary>
public sealed record DatasetSearch(string Text, int Page, int PageSize, SearchResult Result)
{
    /// <summary>How many results come before this page's.</summary>
    public int Offset => (Page - 1) * PageSize;

    /// <summary>Whether results follow this page.</summary>
    public bool HasMore => Offset + Result.Hits.Count < Result.Total;
}
