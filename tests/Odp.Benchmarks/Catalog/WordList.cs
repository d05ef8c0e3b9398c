namespace Odp.Benchmarks.Catalog;

/// <summary>
/// Words to draw from: uniformly (one <see cref="Random.Next(int)"/> per pick, which keeps the catalog benchmark's
/// seeded catalogs as they were), or by weight (one <see cref="Random.NextDouble"/> per pick).
/// </summary>
public sealed class WordList
{
    private readonly double[]? cumulative;

    private WordList(string[] words, double[]? cumulative)
    {
        Words = words;
        this.cumulative = cumulative;
    }

    public string[] Words { get; }

    public static WordList Uniform(string[] words) => new(words, null);

    /// <summary>Word <c>i</c> is drawn with a weight proportional to <c>1 / (i + 1)^exponent</c> (Zipf's law): the first words are the common ones.</summary>
    public static WordList Zipf(string[] words, double exponent)
    {
        var cumulative = new double[words.Length];
        var sum = 0.0;
        for (var i = 0; i < words.Length; i++) cumulative[i] = sum += 1 / Math.Pow(i + 1, exponent);
        for (var i = 0; i < words.Length; i++) cumulative[i] /= sum;
        return new WordList(words, cumulative);
    }

    public string Pick(Random random)
    {
        if (cumulative is null) return Words[random.Next(Words.Length)];
        var at = Array.BinarySearch(cumulative, random.NextDouble());
        return Words[Math.Min(at < 0 ? ~at : at, Words.Length - 1)];
    }
}
