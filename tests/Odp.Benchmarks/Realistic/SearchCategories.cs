namespace Odp.Benchmarks.Realistic;

/// <summary>The categories' names on the command line and in reports, and their shares of the request stream.</summary>
public static class SearchCategories
{
    public static readonly IReadOnlyList<SearchCategory> All = Enum.GetValues<SearchCategory>();

    public static string Name(SearchCategory category) => category switch
    {
        SearchCategory.OneWord => "1-word",
        SearchCategory.TwoWords => "2-words",
        SearchCategory.ThreeWords => "3-words",
        SearchCategory.Filter => "filters",
        SearchCategory.Typo => "typos",
        SearchCategory.Page2 => "page-2",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static SearchCategory Parse(string name) =>
        All.FirstOrDefault(c => Name(c) == name, (SearchCategory)(-1)) is var c && Enum.IsDefined(c)
            ? c
            : throw new ArgumentException($"Unknown category '{name}'; known: {string.Join(", ", All.Select(Name))}.");

    /// <summary>The share of requests of each category (they add up to 1).</summary>
    public static double Share(SearchCategory category) => category switch
    {
        SearchCategory.OneWord => 0.30,
        SearchCategory.TwoWords => 0.20,
        SearchCategory.ThreeWords => 0.10,
        SearchCategory.Filter => 0.15,
        SearchCategory.Typo => 0.15,
        _ => 0.10,
    };
}
