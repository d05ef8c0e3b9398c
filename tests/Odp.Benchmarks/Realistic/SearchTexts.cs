using System.Globalization;
using Odp.Benchmarks.Catalog;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// The distinct search texts of the realistic mix and the request stream drawn from them, both from a seed. Words
/// come from the catalog's vocabulary, weighted towards the common ones: every single word once; two and three words;
/// a word or two with a filter (<c>owner:</c>, <c>tag:</c>, <c>domain:</c>, <c>catalog:</c>); typos (a letter dropped
/// or two swapped); and <c>--page 2</c>. The stream picks a category by its share
/// (<see cref="SearchCategories.Share"/>), then a text: single words by Zipf's law (common words are searched most),
/// the rest uniformly; each request from a random user.
/// </summary>
public sealed class SearchTexts
{
    private static readonly (SearchCategory Category, double Share)[] DistinctShares =
        [(SearchCategory.TwoWords, 0.25), (SearchCategory.ThreeWords, 0.20), (SearchCategory.Filter, 0.25), (SearchCategory.Typo, 0.15), (SearchCategory.Page2, 0.15)];

    private readonly Dictionary<SearchCategory, List<string>> texts;
    private readonly int users;

    private SearchTexts(Dictionary<SearchCategory, List<string>> texts, int users)
    {
        this.texts = texts;
        this.users = users;
    }

    public int Count => texts.Values.Sum(t => t.Count);

    public IReadOnlyList<string> Of(SearchCategory category) => texts[category];

    public static SearchTexts Create(int count, int users, int seed)
    {
        var random = new Random(seed);
        var words = new SearchWords(users);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var texts = SearchCategories.All.ToDictionary(c => c, _ => new List<string>());
        foreach (var word in words.Singles.Where(seen.Add)) texts[SearchCategory.OneWord].Add($"search {word}");
        var rest = Math.Max(0, count - seen.Count);
        foreach (var (category, share) in DistinctShares)
        {
            var quota = (int)Math.Round(rest * share);
            for (var attempts = 0; texts[category].Count < quota && attempts < quota * 100; attempts++)
            {
                var text = words.Text(random, category);
                if (seen.Add(text)) texts[category].Add($"search {text}");
            }
        }
        return new SearchTexts(texts, users);
    }

    /// <summary>The requests from position <paramref name="from"/> of the endless stream of the seed.</summary>
    public IEnumerable<SearchRequest> Stream(int seed, long from = 0)
    {
        var random = new Random(seed);
        var singles = WordList.Zipf([.. texts[SearchCategory.OneWord]], 1.0);
        var categories = SearchCategories.All.Where(c => texts[c].Count > 0).ToArray();
        var total = categories.Sum(SearchCategories.Share);
        for (long i = 0; ; i++)
        {
            var roll = random.NextDouble() * total;
            var category = categories[^1];
            foreach (var c in categories)
            {
                if (roll < SearchCategories.Share(c)) { category = c; break; }
                roll -= SearchCategories.Share(c);
            }
            var text = category == SearchCategory.OneWord ? singles.Pick(random) : texts[category][random.Next(texts[category].Count)];
            var user = random.Next(1, users + 1);
            if (i >= from) yield return new SearchRequest(text, category, user);
        }
    }

    public string Summary() => string.Join(", ", SearchCategories.All.Select(c =>
        string.Create(CultureInfo.InvariantCulture, $"{texts[c].Count} {SearchCategories.Name(c)}")));
}
