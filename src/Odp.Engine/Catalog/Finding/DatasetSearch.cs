namespace Odp.Engine.Catalog.Finding;

/// <summary>One page of a search as typed: the text, the page asked for and its size, and what was found.</summary>
public sealed record DatasetSearch(string Text, int Page, int PageSize, SearchResult Result)
{
    /// <summary>How many results come before this page's.</summary>
    public int Offset => (Page - 1) * PageSize;

    /// <summary>Whether results follow this page, within the first <see cref="SearchLimits.MaxDepth"/>.</summary>
    public bool HasMore => Offset + Result.Hits.Count < Result.Total && SearchLimits.WithinDepth(Page + 1, PageSize);

    /// <summary>How many pages the results fill.</summary>
    public int Pages => (int)(((long)Result.Total + PageSize - 1) / PageSize);

    /// <summary>Datasets match, but this page is after the last of them.</summary>
    public bool IsPastEnd => Result.Hits.Count == 0 && Result.Total > 0;
}
