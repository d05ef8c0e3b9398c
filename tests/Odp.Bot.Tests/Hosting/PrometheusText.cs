using System.Globalization;
using System.Text.RegularExpressions;

namespace Odp.Bot.Tests.Hosting;

/// <summary>A scrape of <c>/metrics</c> in Prometheus text format, read into series: name, labels, value.</summary>
internal sealed partial class PrometheusText(IReadOnlyList<PrometheusText.Series> series)
{
    public sealed record Series(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public IReadOnlyList<Series> All => series;

    public static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static PrometheusText Parse(string text) =>
        new([.. text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(ParseLine)]);

    /// <summary>The series named <paramref name="name"/> whose labels include every one of <paramref name="labels"/> (<c>key=value</c>).</summary>
    public IReadOnlyList<Series> Find(string name, params string[] labels) =>
        [.. series.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l[..l.IndexOf('=')], out var v) && v == l[(l.IndexOf('=') + 1)..]))];

    private static Series ParseLine(string line)
    {
        var match = LineFormat().Match(line);
        if (!match.Success) throw new FormatException($"Not a Prometheus sample: {line}");
        var labels = LabelFormat().Matches(match.Groups["labels"].Value)
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Replace("\\\"", "\"", StringComparison.Ordinal), StringComparer.Ordinal);
        var raw = match.Groups["value"].Value;
        var value = raw switch { "+Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, _ => double.Parse(raw, CultureInfo.InvariantCulture) };
        return new Series(match.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex LineFormat();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(\\.|[^""\\])*)""")]
    private static partial Regex LabelFormat();
}
