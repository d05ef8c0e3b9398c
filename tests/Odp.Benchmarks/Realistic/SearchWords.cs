using Odp.Benchmarks.Catalog;

namespace Odp.Benchmarks.Realistic;

/// <summary>The words and filters the realistic search texts are made of (see <see cref="SearchTexts"/>).</summary>
public sealed class SearchWords(int users)
{
    private readonly WordList entities = WordList.Zipf(RealisticVocabulary.Entities, 0.8);
    private readonly WordList qualifiers = WordList.Uniform(SyntheticWords.Qualifiers);
    private readonly WordList domains = WordList.Uniform(RealisticVocabulary.Domains);
    private readonly HashSet<string> known = new(
        [.. RealisticVocabulary.Entities, .. SyntheticWords.Qualifiers, .. RealisticVocabulary.Domains, .. SyntheticWords.Tags], StringComparer.Ordinal);

    /// <summary>Every word a single-word search is made of, the commonest first.</summary>
    public IEnumerable<string> Singles => [.. RealisticVocabulary.Entities, .. SyntheticWords.Qualifiers, .. RealisticVocabulary.Domains];

    public string Text(Random random, SearchCategory category) => category switch
    {
        SearchCategory.TwoWords => $"{entities.Pick(random)} {Second(random)}",
        SearchCategory.ThreeWords => $"{entities.Pick(random)} {entities.Pick(random)} {qualifiers.Pick(random)}",
        SearchCategory.Filter => $"{Words(random)} {Filter(random)}",
        SearchCategory.Typo => random.NextDouble() < 0.7 ? Typo(random, entities.Pick(random)) : $"{Typo(random, entities.Pick(random))} {Second(random)}",
        SearchCategory.Page2 => $"{Words(random)} --page 2",
        _ => entities.Pick(random),
    };

    private string Words(Random random) => random.NextDouble() < 0.6 ? entities.Pick(random) : $"{entities.Pick(random)} {Second(random)}";

    private string Second(Random random) => random.Next(3) switch
    {
        0 => entities.Pick(random),
        1 => domains.Pick(random),
        _ => qualifiers.Pick(random),
    };

    private string Filter(Random random) => random.Next(5) switch
    {
        0 => $"owner:{RealisticVocabulary.UserId(random.Next(1, users + 1))}",
        1 => $"owner:group:{domains.Pick(random)}-{RealisticVocabulary.Teams[random.Next(RealisticVocabulary.Teams.Length)]}-owners",
        2 => $"tag:{SyntheticWords.Tags[random.Next(SyntheticWords.Tags.Length)]}",
        3 => $"domain:{domains.Pick(random)}",
        _ => $"catalog:{SyntheticWords.Catalogs[random.Next(SyntheticWords.Catalogs.Length)]}",
    };

    /// <summary>A letter dropped or two neighbours swapped (never the first letter), giving a word the vocabulary does not have.</summary>
    private string Typo(Random random, string word)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var at = random.Next(1, word.Length - 1);
            var typo = random.NextDouble() < 0.5
                ? word.Remove(at, 1)
                : string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
            if (typo != word && !known.Contains(typo)) return typo;
        }
        return word + "x";
    }
}
