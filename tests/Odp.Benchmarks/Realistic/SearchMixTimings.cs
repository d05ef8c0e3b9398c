using System.Globalization;

namespace Odp.Benchmarks.Realistic;

/// <summary>The search-mix figures per category: clock time (p50, p99, mean), thread CPU and bytes allocated per request.</summary>
public sealed class SearchMixTimings
{
    private readonly Dictionary<SearchCategory, List<(double Us, double CpuUs, long Bytes)>> byCategory = [];
    private int hops;
    private int notSearch;

    public void Add(SearchCategory category, TimeSpan elapsed, double cpuMs, long bytes, bool hopped, bool search)
    {
        if (!byCategory.TryGetValue(category, out var list)) byCategory[category] = list = [];
        list.Add((elapsed.TotalMicroseconds, cpuMs * 1000, bytes));
        if (hopped) hops++;
        if (!search) notSearch++;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine("| category | requests | p50 µs | p99 µs | mean µs | thread CPU µs | KB allocated/request |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var category in SearchCategories.All.Where(byCategory.ContainsKey))
            output.WriteLine(Row(SearchCategories.Name(category), byCategory[category]));
        output.WriteLine(Row("all", [.. byCategory.Values.SelectMany(l => l)]));
        if (hops > 0) output.WriteLine($"{hops} requests finished on another thread: their allocations there are not counted.");
        if (notSearch > 0) output.WriteLine($"{notSearch} answers were not search results.");
    }

    private static string Row(string name, List<(double Us, double CpuUs, long Bytes)> list)
    {
        var sorted = list.Select(t => t.Us).Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {list.Count:N0} | {At(0.5):0} | {At(0.99):0} | {sorted.Average():0} | {list.Average(t => t.CpuUs):0} | {list.Average(t => t.Bytes) / 1024:0.0} |");
    }
}
