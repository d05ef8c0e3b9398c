namespace Odp.Benchmarks.Realistic;

/// <summary>The kinds of search text in the realistic mix, each timed apart by <c>search-mix</c>.</summary>
public enum SearchCategory
{
    OneWord,
    TwoWords,
    ThreeWords,
    Filter,
    Typo,
    Page2,
}
