using static Odp.Benchmarks.Catalog.SyntheticWords;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// What <see cref="SyntheticCatalog"/> draws its datasets from: the word lists (<see cref="Entities"/> for table
/// names, <see cref="SentenceEntities"/> for the business words in descriptions) and how owners are named.
/// <see cref="Lake"/> is the catalog benchmark's (every word as likely as the next); the realistic ack benchmark
/// gives its own, where a few words are in a large share of the names.
/// </summary>
public sealed record SyntheticVocabulary(
    WordList Catalogs,
    WordList Domains,
    WordList SchemaWords,
    WordList Entities,
    WordList SentenceEntities,
    WordList Qualifiers,
    WordList Suffixes,
    WordList Tags,
    WordList ColumnWords,
    WordList DescriptionWords,
    Func<Random, string, string> GroupOwner,
    Func<Random, string> UserOwner,
    int TablesPerSchema)
{
    /// <summary>A data lake's usual vocabulary, every word equally likely (the catalog benchmark's catalogs).</summary>
    public static readonly SyntheticVocabulary Lake = new(
        WordList.Uniform(SyntheticWords.Catalogs),
        WordList.Uniform(SyntheticWords.Domains),
        WordList.Uniform(SyntheticWords.SchemaWords),
        WordList.Uniform(SyntheticWords.Entities),
        WordList.Uniform(SyntheticWords.Entities),
        WordList.Uniform(SyntheticWords.Qualifiers),
        WordList.Uniform(SyntheticWords.Suffixes),
        WordList.Uniform(SyntheticWords.Tags),
        WordList.Uniform(SyntheticWords.ColumnWords),
        WordList.Uniform(SyntheticWords.DescriptionWords),
        (random, domain) => $"group:{domain}-{SyntheticWords.SchemaWords[random.Next(SyntheticWords.SchemaWords.Length)]}-owners",
        random => $"user:{People[random.Next(People.Length)]}{random.Next(100)}",
        TablesPerSchema: 250);
}
