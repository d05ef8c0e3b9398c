using Lucene.Net.Store;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;

namespace Odp.Engine.Tests.Catalog.Index;

/// <summary>
/// 1,500 random datasets (seeded) where a few words sit in names (snake_case and camelCase), tags, domains, columns,
/// column descriptions and descriptions, some densely, some sparsely, exactly and as prefixes and plurals of each other.
/// </summary>
public sealed class RandomCatalogFixture : IDisposable
{
    public static readonly string[] Words =
        ["order", "orders", "ordering", "customer", "churn", "event", "events", "pro", "product", "profile", "sales", "sale", "risk", "daily", "id", "amount"];

    public RandomCatalogFixture()
    {
        var random = new Random(7);
        var datasets = new Dictionary<string, Dataset>(StringComparer.OrdinalIgnoreCase);
        while (datasets.Count < 1500)
        {
            var catalog = random.Next(3) switch { 0 => "lake", 1 => "warehouse", _ => "crm" };
            var schema = Pick(random, ["sales", "risk", "ops", "product"]);
            var table = random.Next(4) == 0
                ? Pick(random, Words) + char.ToUpperInvariant(Pick(random, Words)[0]) + "x"
                : string.Join('_', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Words)));
            var name = $"{catalog}.{schema}.{table}";
            datasets[name] = new Dataset(
                name,
                string.Join(' ', Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pick(random, [.. Words, "the", "nightly", "load"]))),
                random.Next(2) == 0 ? ["group:owners"] : ["group:owners", "user:bob"],
                [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(random, ["pii", "gold", "churn", "orders", "event"])).Distinct()],
                Pick(random, ["sales", "risk", "product"]),
                [.. Enumerable.Range(0, random.Next(1, 6))
                    .Select(_ => Pick(random, Words) + "_" + Pick(random, ["id", "at", "flag"]))
                    .Distinct()
                    .Select(c => new DatasetColumn(c, "varchar", random.Next(3) == 0 ? $"the {Pick(random, Words)} value" : ""))]);
        }

        Datasets = [.. datasets.Values];
        Index.UpsertAsync(Datasets, CancellationToken.None).GetAwaiter().GetResult();
    }

    public IReadOnlyList<Dataset> Datasets { get; }

    public LuceneCatalogIndex Index { get; } = new(new RAMDirectory());

    public void Dispose() => Index.Dispose();

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
