using System.Globalization;
using Odp.Benchmarks.Catalog;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// The realistic catalog's vocabulary: table names are drawn from a small list of business words by Zipf's law, so
/// the commonest (<c>customer</c>) is in about a third of the names and, with descriptions and columns, in about 40%
/// of the datasets, as in real catalogs; descriptions draw their business words uniformly. Owners
/// are the directory's groups (<c>group:&lt;domain&gt;-&lt;team&gt;-owners</c>) and users (<c>user:user07</c>).
/// </summary>
public static class RealisticVocabulary
{
    public static readonly string[] Entities =
    [
        "customer", "orders", "product", "account", "events", "sessions", "payments", "invoice", "users", "transactions",
        "subscription", "campaign", "inventory", "shipment", "employee", "tickets", "store", "supplier", "contract", "price",
        "revenue", "marketing", "clicks", "device", "returns", "refund", "region", "budget", "forecast", "churn",
        "vendor", "ledger", "claims", "policy", "loan", "survey", "delivery", "booking", "fraud", "model",
    ];

    public static readonly string[] Domains =
        ["sales", "marketing", "finance", "hr", "support", "product", "logistics", "risk", "legal", "engineering", "growth", "billing", "security", "supply", "analytics"];

    /// <summary>The owner teams of each domain: groups are <c>&lt;domain&gt;-&lt;team&gt;-owners</c>.</summary>
    public static readonly string[] Teams = ["data", "platform", "reporting"];

    public static readonly string[] DescriptionWords =
    [
        "nightly", "load", "from", "the", "source", "system", "with", "one", "row", "per",
        "used", "for", "reporting", "and", "analysis", "of", "by", "team", "joined", "to",
        "deduplicated", "partitioned", "date", "includes", "late", "arriving", "records", "refreshed", "every", "hour",
    ];

    /// <summary>
    /// The lake's column names less those naming the commonest words (<c>customer_id</c>, <c>order_id</c>, …): with
    /// them the commonest word would be in nearly every dataset, not in about 40% (names, descriptions, columns).
    /// </summary>
    public static readonly string[] ColumnWords =
        [.. SyntheticWords.ColumnWords.Where(c => !Entities.Take(3).Any(e => c.Contains(e.TrimEnd('s'), StringComparison.Ordinal)))];

    /// <summary>The directory's user ids: <c>user01</c>… (Slack ids <c>U0USER01</c>…, emails <c>user01@example.com</c>).</summary>
    public static string UserId(int number) => string.Create(CultureInfo.InvariantCulture, $"user{number:D2}");

    public static IEnumerable<string> Groups =>
        Domains.SelectMany(domain => Teams.Select(team => $"{domain}-{team}-owners"));

    public static SyntheticVocabulary Create(int users) => new(
        WordList.Uniform(SyntheticWords.Catalogs),
        WordList.Uniform(Domains),
        WordList.Uniform(SyntheticWords.SchemaWords),
        WordList.Zipf(Entities, 1.0),
        WordList.Uniform(Entities),
        WordList.Uniform(SyntheticWords.Qualifiers),
        WordList.Uniform(SyntheticWords.Suffixes),
        WordList.Uniform(SyntheticWords.Tags),
        WordList.Uniform(ColumnWords),
        WordList.Uniform(DescriptionWords),
        (random, domain) => $"group:{domain}-{Teams[random.Next(Teams.Length)]}-owners",
        random => $"user:{UserId(random.Next(1, users + 1))}",
        TablesPerSchema: 100);
}
