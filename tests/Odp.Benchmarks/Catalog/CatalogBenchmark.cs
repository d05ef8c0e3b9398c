using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// Mode <c>catalog</c>: the Lucene catalog index at several sizes, each in a child process of its own (see
/// <see cref="CatalogSizeRun"/>) so that one size's heap and page cache do not inflate the next one's figures.
/// Prints a Markdown table and PASS/FAIL against the targets for the largest size.
/// </summary>
public static class CatalogBenchmark
{
    public const double P99TargetMs = 10;
    public const double BuildTargetSeconds = 60;
    public const long RssTargetBytes = 1L << 30;

    public static async Task<int> RunAsync(string[] args)
    {
        IReadOnlyList<int> sizes = [10_000, 100_000];
        var seed = 42;
        var queries = 1_000;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i - 1])
            {
                case "--sizes": sizes = [.. value.Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture))]; break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--queries": queries = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i - 1]}.");
            }
        }

        var results = new List<CatalogSizeResult>();
        foreach (var size in sizes)
        {
            Console.Error.WriteLine($"catalog: {size:N0} datasets, seed {seed}, {queries:N0} queries ...");
            results.Add(await RunChildAsync(size, seed, queries));
        }

        Console.WriteLine();
        Console.WriteLine("| datasets | build s (CPU s) | of which index s (CPU s) | index MB | peak RSS MB | p50 ms | p99 ms | max ms | thread CPU p50 / p99 ms | process CPU ms/query | mean total hits | load avg | merged after s (segments) | p99 ms while merging |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Datasets:N0} | {r.BuildSeconds:0.0} ({r.BuildCpuSeconds:0.0}) | {r.IndexSeconds:0.0} ({r.IndexCpuSeconds:0.0}) | {r.IndexBytes / 1e6:0} | {r.PeakRssBytes / 1e6:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.MaxMs:0.0} | {r.CpuP50Ms:0.00} / {r.CpuP99Ms:0.00} | {r.CpuMsPerQuery:0.00} | {r.MeanHits:N0} | {r.LoadAverage:0.0} | {r.MergedSeconds:0.0} ({r.Segments}) | {r.P99WhileMergingMs:0.00} |"));
        }

        var largest = results[^1];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Targets at {largest.Datasets:N0} datasets:"));
        Console.WriteLine(Verdict("search p99 < 10 ms", largest.P99Ms < P99TargetMs, $"{largest.P99Ms:0.00} ms (thread CPU p99 {largest.CpuP99Ms:0.00} ms)"));
        Console.WriteLine(Verdict("build < 60 s", largest.BuildSeconds < BuildTargetSeconds, $"{largest.BuildSeconds:0.0} s ({largest.BuildCpuSeconds:0.0} CPU s; index calls {largest.IndexSeconds:0.0} s, {largest.IndexCpuSeconds:0.0} CPU s)"));
        Console.WriteLine(Verdict("peak RSS < 1 GiB", largest.PeakRssBytes < RssTargetBytes, $"{largest.PeakRssBytes / 1e6:0} MB"));
        return 0;
    }

    private static string Verdict(string target, bool pass, string measured) => $"  {(pass ? "PASS" : "FAIL")}  {target}: {measured}";

    private static async Task<CatalogSizeResult> RunChildAsync(int size, int seed, int queries)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(CatalogBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { CatalogSizeRun.Mode, "--size", $"{size}", "--seed", $"{seed}", "--queries", $"{queries}" })
        {
            info.ArgumentList.Add(arg);
        }

        using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the size run.");
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith(CatalogSizeRun.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The {size:N0} run exited with {child.ExitCode} and no result:\n{output}");
        return JsonSerializer.Deserialize<CatalogSizeResult>(line[CatalogSizeRun.ResultPrefix.Length..])
            ?? throw new InvalidOperationException("Empty result.");
    }
}
