using CsCheck;

namespace Odp.Engine.Tests.Catalog.Finding;

/// <summary>
/// Generated search texts of every kind a person, a paste or an attacker sends: catalog words and typos of them,
/// filters (with odd, empty and comma-separated values), quotes, very long words, text from every Unicode plane and
/// lone surrogates, and thousands of words.
/// </summary>
public static class FuzzText
{
    private static readonly string[] Words =
        ["order", "orders", "ord", "customer", "churn", "chrun", "event", "pro", "sales", "risk", "daily", "id", "lake.sales.orders", "sales.orders", "orders_daily"];

    private static readonly string[] Filters = ["owner:", "tag:", "domain:", "catalog:", "owners:", "tags:", "owner:group:", "owner:user:", "owner:@"];

    /// <summary>Any character of any plane, paired surrogates and lone ones alike.</summary>
    public static readonly Gen<string> AnyCharacters = Gen.Frequency(
        (3, Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.Char[(char)0xD800, (char)0xDFFF].Select(c => c.ToString())),
        (3, Gen.Char[(char)0, (char)0x7F].Select(c => c.ToString())))
        .Array[0, 200].Select(string.Concat);

    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf(Words.Select(Gen.Const).ToArray())),
        (2, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz_.0123"], 1, 40]),
        (1, Gen.Int[100, 40_000].Select(n => new string('a', n))),
        (1, AnyCharacters),
        (2, Gen.Select(Gen.OneOf(Filters.Select(Gen.Const).ToArray()), Gen.String[Gen.Char["abcXYZ-_.,:@ "], 0, 20], (f, v) => f + v)),
        (1, Gen.Select(Gen.OneOf(Words.Select(Gen.Const).ToArray()), Gen.Int[0, 2], (w, q) => q switch { 0 => $"\"{w}", 1 => $"\"{w} {w}\"", _ => $"“{w}”" })));

    /// <summary>A search text: a few words mostly, sometimes thousands.</summary>
    public static readonly Gen<string> Search = Gen.Frequency(
        (8, Word.Array[0, 6].Select(w => string.Join(' ', w))),
        (1, Word.Array[30, 3000].Select(w => string.Join(' ', w))),
        (1, AnyCharacters));
}
