using System.Globalization;
using Odp.Engine.Catalog;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// How many datasets the commonest words are in, by name and by any searched field (a word's plural or singular
/// counts too, as ODP matches them): shows that the catalog is as crowded as intended.
/// </summary>
public static class CatalogCoverage
{
    public static string Describe(IReadOnlyList<Dataset> datasets)
    {
        var words = RealisticVocabulary.Entities.Take(4).ToArray();
        var inName = new int[words.Length];
        var anywhere = new int[words.Length];
        foreach (var dataset in datasets)
        {
            var name = Tokens(dataset.Name).ToHashSet(StringComparer.Ordinal);
            var all = new HashSet<string>(name, StringComparer.Ordinal);
            all.UnionWith(dataset.Tags.SelectMany(Tokens));
            all.UnionWith(Tokens(dataset.Domain));
            all.UnionWith(Tokens(dataset.Description));
            all.UnionWith(dataset.Columns.SelectMany(c => Tokens(c.Name).Concat(Tokens(c.Description))));
            for (var w = 0; w < words.Length; w++)
            {
                if (Has(name, words[w])) inName[w]++;
                if (Has(all, words[w])) anywhere[w]++;
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{datasets.Count:N0} datasets; ") + string.Join(", ", words.Select((w, i) =>
            string.Create(CultureInfo.InvariantCulture, $"'{w}' in {inName[i]:N0} names ({anywhere[i]:N0} datasets in any field)")));
    }

    private static bool Has(HashSet<string> tokens, string word) =>
        tokens.Contains(word) || tokens.Contains(word + "s") || (word.EndsWith('s') && tokens.Contains(word[..^1]));

    /// <summary>Lower-case words, split on anything not a letter or digit and on camelCase.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var split = i == text.Length || !char.IsLetterOrDigit(text[i]) || (i > start && char.IsUpper(text[i]) && !char.IsUpper(text[i - 1]));
            if (!split) continue;
            if (i > start) yield return text[start..i].ToLowerInvariant();
            start = i < text.Length && char.IsLetterOrDigit(text[i]) ? i : i + 1;
        }
    }
}
