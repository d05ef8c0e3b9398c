using Odp.Engine.Budget;
using Odp.Engine.Errors;

namespace Odp.Engine.Catalog.Finding;

/// <summary>
/// What one search may ask, so every search costs a bounded time and memory whatever is typed: the text's length,
/// how many words and filter values it has, and how far it may page. Each refusal names the limit.
/// </summary>
public static class SearchLimits
{
    /// <summary>The longest search text: a few table names and filters fit many times over.</summary>
    public const int MaxLength = 512;

    /// <summary>The most words plus filter values in one search.</summary>
    public const int MaxWords = 32;

    /// <summary>The last page a search may ask for.</summary>
    public const int MaxPage = 1000;

    /// <summary>The most results on one page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// How deep a search may page: the best this many results are ranked (at a million datasets, ranking 5,000 deep
    /// cost 30–75 ms of CPU, past a command's budget), so the last page ends at this result.
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>Refuses a search text longer than <see cref="MaxLength"/> (see <see cref="InputLimits"/>).</summary>
    public static void CheckLength(string? text) => InputLimits.Text(text, MaxLength, "A search");

    public static void CheckWords(SearchQuery query)
    {
        var words = query.Terms.Count + query.Owners.Count + query.Tags.Count + query.Domains.Count + query.Catalogs.Count;
        if (words > MaxWords)
            throw new InvalidRequestException($"A search can have at most {MaxWords} words and filter values; yours has {words:N0}.");
    }

    public static void CheckPage(int page, int pageSize)
    {
        if (page is < 1 or > MaxPage)
            throw new InvalidRequestException($"The page must be a number from 1 to {MaxPage:N0}, not {page:N0}.");
        if (pageSize is < 1 or > MaxPageSize)
            throw new InvalidRequestException($"A page can show from 1 to {MaxPageSize} results, not {pageSize:N0}.");
        if (!WithinDepth(page, pageSize))
        {
            throw new InvalidRequestException(
                $"A search shows at most its first {MaxDepth:N0} results, and page {page:N0} at {pageSize} a page would end at result {(long)page * pageSize:N0}. Add words or filters to narrow it.");
        }
    }

    /// <summary>Whether page <paramref name="page"/> of <paramref name="pageSize"/> ends within the first <see cref="MaxDepth"/> results.</summary>
    public static bool WithinDepth(int page, int pageSize) => (long)page * pageSize <= MaxDepth;
}
