using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// Mode <see cref="Mode"/>: what one search command costs at its worst on a large catalog (issue 13: at most 50 ms of
/// CPU and 20 MB allocated per command, at any catalog size up to 1M). Sends generated hostile texts through the use
/// case the chat and the API call (<see cref="FindDatasets"/>: limits, the search gate, search, "did you mean", show's
/// fallback) on the index in a folder (built from the seed when the folder holds none, as <c>catalog-query</c> does),
/// and prints per kind the thread CPU and allocation, p50, p99 and max, and how many were refused.
/// </summary>
public static class CatalogHostileProbe
{
    public const string Mode = "catalog-hostile";

    private const double CpuBudgetMs = 50;
    private const long AllocationBudget = 20L * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = ModeArgs.Value(args, Mode, "--folder");
        var size = int.Parse(ModeArgs.Value(args, Mode, "--size", "1000000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(ModeArgs.Value(args, Mode, "--seed", "42"), CultureInfo.InvariantCulture);
        var count = int.Parse(ModeArgs.Value(args, Mode, "--count", "100"), CultureInfo.InvariantCulture);
        using var index = await CatalogQueryProbe.OpenOrBuildAsync(folder, size, seed);
        var find = new FindDatasets(
            index,
            new CatalogReadiness([]),
            new YamlDirectory(DirectoryFile.Parse("users:\n  - {id: alice, groups: [owners]}\ngroups:\n  - {id: owners}\n", "directory.yaml")),
            new SearchGate(Options.Create(new SearchOptions { Timeout = "1m" }), TimeProvider.System),
            NullLogger<FindDatasets>.Instance);
        var random = new Random(seed);
        var kinds = Kinds(random);
        foreach (var (kind, make) in kinds) await Measure(find, kind, make()); // compile every path first

        Console.WriteLine($"{Mode}: {(await index.NamesAsync(CancellationToken.None)).Count:N0} datasets, {count} texts per kind, seed {seed}");
        Console.WriteLine("| kind | texts | refused | thread CPU p50 / p99 / max ms | KB allocated p50 / p99 / max |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var reasons = new List<(string Kind, string Why)>();
        var slowestTexts = new List<(string Kind, string Text)>();
        double worstCpu = 0;
        long worstBytes = 0;
        foreach (var (kind, make) in kinds)
        {
            var cpu = new List<double>();
            var bytes = new List<long>();
            var refused = 0;
            string? why = null;
            var slowest = (Ms: -1.0, Text: "");
            for (var i = 0; i < count; i++)
            {
                var text = make();
                var (ms, allocated, wasRefused) = await Measure(find, kind, text);
                if (ms > slowest.Ms) slowest = (ms, text);
                cpu.Add(ms);
                bytes.Add(allocated);
                if (wasRefused is null) continue;
                refused++;
                why ??= wasRefused;
            }

            if (why is not null) reasons.Add((kind, why));
            slowestTexts.Add((kind, slowest.Text.Length > 120 ? slowest.Text[..120] + "…" : slowest.Text));
            cpu.Sort();
            bytes.Sort();
            worstCpu = Math.Max(worstCpu, cpu[^1]);
            worstBytes = Math.Max(worstBytes, bytes[^1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {count} | {refused} | {cpu[count / 2]:0.00} / {cpu[count * 99 / 100]:0.00} / {cpu[^1]:0.00} | {bytes[count / 2] / 1024} / {bytes[count * 99 / 100] / 1024} / {bytes[^1] / 1024} |"));
        }

        Console.WriteLine();
        foreach (var (kind, why) in reasons) Console.WriteLine($"  refused ({kind}), e.g.: {why}");
        foreach (var (kind, text) in slowestTexts) Console.WriteLine($"  slowest ({kind}): {text}");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(worstCpu <= CpuBudgetMs ? "PASS" : "FAIL")}  thread CPU per command <= {CpuBudgetMs} ms: max {worstCpu:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(worstBytes <= AllocationBudget ? "PASS" : "FAIL")}  allocated per command <= 20 MB: max {worstBytes / 1e6:0.0} MB"));
        return 0;
    }

    private static async Task<(double Ms, long Bytes, string? Refused)> Measure(FindDatasets find, string kind, string text)
    {
        var show = kind.StartsWith("show", StringComparison.Ordinal);
        var (page, size) = kind.StartsWith("page 200", StringComparison.Ordinal) ? (200, 5)
            : kind.StartsWith("page 10 ", StringComparison.Ordinal) ? (10, 100)
            : (1, 5);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuClock.NowMs();
        string? refused = null;
        try
        {
            if (show) await find.ShowAsync(text, CancellationToken.None);
            else await find.SearchAsync(text, page, size, CancellationToken.None);
        }
        catch (InvalidRequestException e)
        {
            refused = e.Message;
        }
        catch (NotFoundException)
        {
        }

        return (ThreadCpuClock.NowMs() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated, refused);
    }

    /// <summary>The kinds of text, each a generator.</summary>
    private static List<(string Kind, Func<string> Make)> Kinds(Random random)
    {
        string Common() => random.Next(3) switch
        {
            0 => SyntheticWords.Entities[random.Next(12)],
            1 => SyntheticWords.Qualifiers[random.Next(SyntheticWords.Qualifiers.Length)],
            _ => SyntheticWords.DescriptionWords[random.Next(SyntheticWords.DescriptionWords.Length)],
        };
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Common()));
        string Letters(int n, string alphabet) => new([.. Enumerable.Range(0, n).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        string AnyPlane(int n)
        {
            var text = new StringBuilder();
            while (text.Length < n) text.Append(char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x20, 0xD7FF) : random.Next(0x10000, 0x10FFFF)));
            return text.ToString();
        }

        return
        [
            ("1 common word", () => Common()),
            ("2-8 common words", () => Words(random.Next(2, 9))),
            ("32 common words", () => Words(32)),
            ("3-letter prefixes", () => string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Common() is var w ? w[..Math.Min(3, w.Length)] : ""))),
            ("quoted phrases", () => $"\"{Words(random.Next(2, 5))}\""),
            ("typos", () => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Common() + "q"))),
            ("one 512-letter word", () => Letters(512, "abcdefghijklmnopqrstuvwxyz")),
            ("long text, many words", () => Letters(random.Next(100, 600), "abcdefghij _-.\"")),
            ("any Unicode plane", () => AnyPlane(random.Next(1, 600))),
            ("filters", () => $"{Common()} tag:{SyntheticWords.Tags[random.Next(SyntheticWords.Tags.Length)]} domain:{SyntheticWords.Domains[random.Next(15)]} owner:alice catalog:lake"),
            ("page 200 of 5 (the deepest)", () => Words(random.Next(1, 3))),
            ("page 10 of 100 (the deepest)", () => Words(random.Next(1, 3))),
            ("show: unknown name", () => $"lake.{Common()}.{Words(2).Replace(' ', '_')}q"),
            ("show: long name", () => Letters(512, "abcdefghijklmnopqrstuvwxyz._")),
        ];
    }
}
