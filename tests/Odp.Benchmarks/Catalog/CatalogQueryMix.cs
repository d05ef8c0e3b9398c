using static Odp.Benchmarks.Catalog.SyntheticWords;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// The fixed query mix, as typed after <c>/odp search</c>: 30% one word, 10% a 3–5 letter prefix, 20% two words,
/// 20% a word with a filter (tag, domain, catalog, owner), 10% a typo (two neighbouring letters swapped, which
/// mostly finds nothing and asks for "did you mean"), 10% an exact full name that exists.
/// </summary>
public static class CatalogQueryMix
{
    public static IReadOnlyList<string> Create(int count, int seed, IReadOnlyList<string> existingNames)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => One(random, existingNames))];
    }

    private static string One(Random random, IReadOnlyList<string> names)
    {
        var entity = Pick(random, Entities);
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.3 => entity,
            < 0.4 => entity[..Math.Min(entity.Length, random.Next(3, 6))],
            < 0.6 => random.NextDouble() < 0.5 ? $"{entity} {Pick(random, Qualifiers)}" : $"{entity} {Pick(random, Domains)}",
            < 0.8 => $"{entity} {Filter(random)}",
            < 0.9 => Typo(random, entity),
            _ => names.Count > 0 ? names[random.Next(names.Count)] : entity,
        };
    }

    private static string Filter(Random random) => random.Next(5) switch
    {
        0 => $"tag:{Pick(random, Tags)}",
        1 => $"domain:{Pick(random, Domains)}",
        2 => $"catalog:{Pick(random, Catalogs)}",
        3 => $"owner:user:{Pick(random, People)}{random.Next(100)}",
        _ => $"owner:{Pick(random, People)}{random.Next(100)}",
    };

    private static string Typo(Random random, string word)
    {
        if (word.Length < 4) return word + "x";
        var at = random.Next(1, word.Length - 1);
        return string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
