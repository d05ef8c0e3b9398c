using Odp.Engine.Catalog;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// A reproducible synthetic catalog: the same seed, vocabulary and count always give the same datasets, streamed so
/// the whole catalog never sits in memory. Tables come in schemas of up to
/// <see cref="SyntheticVocabulary.TablesPerSchema"/>; names look like <c>lake.sales_core_0042.customer_churn_daily</c>,
/// with 3–20 columns, 0–3 tags and 1–2 owners each. Without a vocabulary, <see cref="SyntheticVocabulary.Lake"/>.
/// </summary>
public sealed class SyntheticCatalog(int seed, SyntheticVocabulary? vocabulary = null)
{
    private readonly SyntheticVocabulary words = vocabulary ?? SyntheticVocabulary.Lake;

    public IEnumerable<Dataset> Generate(int count)
    {
        var random = new Random(seed);
        var tablesInSchema = new HashSet<string>(StringComparer.Ordinal);
        string catalog = "", schema = "", domain = "";
        for (var i = 0; i < count; i++)
        {
            if (i % words.TablesPerSchema == 0)
            {
                var group = i / words.TablesPerSchema;
                catalog = words.Catalogs.Pick(random);
                domain = words.Domains.Pick(random);
                schema = $"{domain}_{words.SchemaWords.Pick(random)}_{group:D4}";
                tablesInSchema.Clear();
            }

            var table = Table(random);
            while (!tablesInSchema.Add(table)) table = $"{Table(random)}_{tablesInSchema.Count}";
            yield return Dataset($"{catalog}.{schema}.{table}", domain, random);
        }
    }

    private string Table(Random random)
    {
        var parts = new List<string>(4);
        if (random.NextDouble() < 0.4) parts.Add(words.Entities.Pick(random));
        parts.Add(words.Entities.Pick(random));
        parts.Add(words.Qualifiers.Pick(random));
        var suffix = words.Suffixes.Pick(random);
        if (suffix.Length > 0) parts.Add(suffix);
        // A quarter of the tables are camelCase, the rest snake_case.
        return random.NextDouble() < 0.25
            ? parts[0] + string.Concat(parts.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : string.Join('_', parts);
    }

    private Dataset Dataset(string name, string domain, Random random)
    {
        var columns = Enumerable.Range(0, random.Next(3, 21))
            .Select(_ => words.ColumnWords.Pick(random))
            .Distinct(StringComparer.Ordinal)
            .Select(c => new DatasetColumn(c, "varchar", random.NextDouble() < 0.3 ? Sentence(random, 4) : ""))
            .ToList();
        var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => words.Tags.Pick(random)).Distinct(StringComparer.Ordinal).ToList();
        var owners = new List<string> { words.GroupOwner(random, domain) };
        if (random.NextDouble() < 0.5) owners.Add(words.UserOwner(random));
        var table = name[(name.LastIndexOf('.') + 1)..].Replace('_', ' ');
        return new Dataset(name, $"{table}: {Sentence(random, random.Next(6, 16))}", owners, tags, domain, columns);
    }

    private string Sentence(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.2 ? words.SentenceEntities.Pick(random) : words.DescriptionWords.Pick(random)));
}
