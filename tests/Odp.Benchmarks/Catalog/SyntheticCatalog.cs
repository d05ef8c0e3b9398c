using Odp.Engine.Catalog;
using static Odp.Benchmarks.Catalog.SyntheticWords;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// A reproducible synthetic catalog: the same seed and count always give the same datasets, streamed so the whole
/// catalog never sits in memory. Tables come in schemas of up to <see cref="TablesPerSchema"/>; names look like
/// <c>lake.sales_core_0042.customer_churn_daily</c>, with 3–20 columns, 0–3 tags and 1–2 owners each.
/// </summary>
public sealed class SyntheticCatalog(int seed)
{
    public const int TablesPerSchema = 250;

    public IEnumerable<Dataset> Generate(int count)
    {
        var random = new Random(seed);
        var tablesInSchema = new HashSet<string>(StringComparer.Ordinal);
        string catalog = "", schema = "", domain = "";
        for (var i = 0; i < count; i++)
        {
            if (i % TablesPerSchema == 0)
            {
                var group = i / TablesPerSchema;
                catalog = Pick(random, Catalogs);
                domain = Pick(random, Domains);
                schema = $"{domain}_{Pick(random, SchemaWords)}_{group:D4}";
                tablesInSchema.Clear();
            }

            var table = Table(random);
            while (!tablesInSchema.Add(table)) table = $"{Table(random)}_{tablesInSchema.Count}";
            yield return Dataset($"{catalog}.{schema}.{table}", domain, random);
        }
    }

    private static string Table(Random random)
    {
        var words = new List<string>(4);
        if (random.NextDouble() < 0.4) words.Add(Pick(random, Entities));
        words.Add(Pick(random, Entities));
        words.Add(Pick(random, Qualifiers));
        var suffix = Pick(random, Suffixes);
        if (suffix.Length > 0) words.Add(suffix);
        // A quarter of the tables are camelCase, the rest snake_case.
        return random.NextDouble() < 0.25
            ? words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : string.Join('_', words);
    }

    private static Dataset Dataset(string name, string domain, Random random)
    {
        var columns = Enumerable.Range(0, random.Next(3, 21))
            .Select(_ => Pick(random, ColumnWords))
            .Distinct(StringComparer.Ordinal)
            .Select(c => new DatasetColumn(c, "varchar", random.NextDouble() < 0.3 ? Sentence(random, 4) : ""))
            .ToList();
        var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Tags)).Distinct(StringComparer.Ordinal).ToList();
        var owners = new List<string> { $"group:{domain}-{Pick(random, SchemaWords)}-owners" };
        if (random.NextDouble() < 0.5) owners.Add($"user:{Pick(random, People)}{random.Next(100)}");
        var table = name[(name.LastIndexOf('.') + 1)..].Replace('_', ' ');
        return new Dataset(name, $"{table}: {Sentence(random, random.Next(6, 16))}", owners, tags, domain, columns);
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(random, random.NextDouble() < 0.2 ? Entities : DescriptionWords)));

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
