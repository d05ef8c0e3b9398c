using System.Globalization;
using Odp.Benchmarks.Load;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// The realistic mode's table and its verdicts against issue 13's targets, for ODP with and without the answer cache:
/// at least 10× the Bolt + MiniSearch peer, at least Bolt acking only, p99 under 25 ms, no errors.
/// </summary>
public static class RealisticReport
{
    public const double MiniSearchTarget = 10.0;
    public const double P99TargetMs = 25.0;

    /// <summary>Prints; true when every target was measured (the verdicts do not change it).</summary>
    public static bool Print(TextWriter output, IReadOnlyList<LoadResult> results)
    {
        ResultTable.PrintTable(output, results);
        var by = results.ToDictionary(r => r.Target);
        foreach (var name in new[] { "odp", "odp-uncached" })
        {
            if (!by.TryGetValue(name, out var odp)) continue;
            if (!odp.Measured)
            {
                output.WriteLine($"{name}: not measured ({odp.Note})");
                continue;
            }
            output.WriteLine(Ratio(odp, by.GetValueOrDefault("bolt-minisearch"), MiniSearchTarget));
            output.WriteLine(Ratio(odp, by.GetValueOrDefault("bolt"), 1.0));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} p99: {odp.P99Ms:0.0} ms (target < {P99TargetMs:0} ms at the run's connections) {Verdict(odp.P99Ms < P99TargetMs)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} errors: {odp.Errors:N0} (target 0) {Verdict(odp.Errors == 0)}"));
        }
        return results.All(r => r.Measured);
    }

    private static string Ratio(LoadResult odp, LoadResult? peer, double target)
    {
        var name = $"{odp.Target} / {peer?.Target ?? (target > 1 ? "bolt-minisearch" : "bolt")}";
        if (peer is null) return $"{name}: peer not run";
        if (!peer.Measured) return $"{name}: not measured ({peer.Target}: {peer.Note})";
        var ratio = odp.RequestsPerSecond / peer.RequestsPerSecond;
        return string.Create(CultureInfo.InvariantCulture, $"{name}: {ratio:0.00}× (target ≥ {target:0}×) {Verdict(ratio >= target)}");
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";
}
