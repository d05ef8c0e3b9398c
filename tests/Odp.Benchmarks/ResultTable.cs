using System.Globalization;
using Odp.Benchmarks.Load;

namespace Odp.Benchmarks;

/// <summary>The figures as a Markdown table (pasteable into docs/performance.md), then the ratios against the targets.</summary>
public static class ResultTable
{
    public const double BoltTarget = 10.0;
    public const double KestrelTarget = 0.5;

    public static string Row(LoadResult r) => !r.Measured
        ? $"| {r.Target} | not measured: {r.Note} | | | | | | |"
        : string.Create(CultureInfo.InvariantCulture,
            $"| {r.Target} | {r.RequestsPerSecond,10:N0} | {r.P50Ms,7:0.00} | {r.P99Ms,7:0.00} | {r.ServerCpuMicroseconds,6:0} | {r.Requests,9:N0} | {r.Errors} | {r.Note} |");

    /// <summary>The table alone, between blank lines.</summary>
    public static void PrintTable(TextWriter output, IReadOnlyList<LoadResult> results)
    {
        output.WriteLine();
        output.WriteLine("| target | req/s | p50 ms | p99 ms | server CPU µs/req | requests | errors | note |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results) output.WriteLine(Row(r));
        output.WriteLine();
    }

    public static void Print(TextWriter output, IReadOnlyList<LoadResult> results, IReadOnlyDictionary<string, long> logBytes)
    {
        PrintTable(output, results);
        foreach (var r in results.Where(r => r.Measured && logBytes.ContainsKey(r.Target)))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Target} wrote {logBytes[r.Target] / 1e6:0.0} MB to stdout/stderr ({(double)logBytes[r.Target] / Math.Max(1, r.Sent):0} bytes per request, {r.Sent:N0} requests with the warm-up)"));
        output.WriteLine();
        var by = results.ToDictionary(r => r.Target);
        foreach (var odp in new[] { "odp", "odp-uncached" }.Where(by.ContainsKey))
        {
            output.WriteLine(Ratio(by[odp], by.GetValueOrDefault("bolt"), BoltTarget, "×"));
            output.WriteLine(Ratio(by[odp], by.GetValueOrDefault("kestrel"), KestrelTarget, "%"));
        }
    }

    private static string Ratio(LoadResult odp, LoadResult? baseline, double target, string unit)
    {
        var name = $"{odp.Target} / {baseline?.Target ?? (unit == "×" ? "bolt" : "kestrel")}";
        if (!odp.Measured) return $"{name}: not measured ({odp.Note})";
        if (baseline is null) return $"{name}: baseline not run";
        if (!baseline.Measured) return $"{name}: not measured ({baseline.Target}: {baseline.Note})";
        var ratio = odp.RequestsPerSecond / baseline.RequestsPerSecond;
        var shown = unit == "×"
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}× (target ≥ {target:0}×)")
            : string.Create(CultureInfo.InvariantCulture, $"{ratio:P0} (target ≥ {target:P0})");
        return $"{name}: {shown} {(ratio >= target ? "PASS" : "FAIL")}";
    }
}
