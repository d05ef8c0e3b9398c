using System.Globalization;

namespace Odp.Benchmarks.Realistic;

/// <summary>The realistic mode's settings (<c>realistic --help</c> lists them); the defaults are the documented run.</summary>
public sealed record RealisticSettings(
    TimeSpan Warmup,
    TimeSpan Measure,
    int Concurrency,
    IReadOnlyList<string> Targets,
    int Datasets,
    int Users,
    int Texts,
    int Seed,
    int MaxRate,
    TimeSpan SettleLimit,
    string? Files)
{
    public static readonly IReadOnlyList<string> AllTargets = ["odp", "odp-uncached", "bolt-minisearch", "bolt", "kestrel"];

    public const string Usage =
        "realistic [--seconds 20] [--warmup 30] [--concurrency 32] [--targets odp,odp-uncached,bolt-minisearch,bolt,kestrel] " +
        "[--datasets 20000] [--users 50] [--texts 4000] [--seed 42] [--max-rate 12000] [--settle-limit 180] [--files DIR]";

    public static RealisticSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!Usage.Contains($"[{args[i]} ", StringComparison.Ordinal)) throw new ArgumentException($"Unknown option {args[i]}. Use: {Usage}");
            values[args[i]] = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
        }
        double Number(string name, double fallback) =>
            values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        IReadOnlyList<string> targets = values.TryGetValue("--targets", out var t)
            ? t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : AllTargets;
        var unknown = targets.Except(AllTargets).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown target(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AllTargets)}.");
        var settings = new RealisticSettings(
            TimeSpan.FromSeconds(Number("--warmup", 30)),
            TimeSpan.FromSeconds(Number("--seconds", 20)),
            (int)Number("--concurrency", 32),
            targets,
            (int)Number("--datasets", 20_000),
            (int)Number("--users", 50),
            (int)Number("--texts", 4_000),
            (int)Number("--seed", 42),
            (int)Number("--max-rate", 12_000),
            TimeSpan.FromSeconds(Number("--settle-limit", 180)),
            values.GetValueOrDefault("--files"));
        // Every request is signed with the time its run starts: warm-up and measured run must end within Slack's 5 minutes.
        if (settings.Measure <= TimeSpan.Zero || settings.Warmup < TimeSpan.Zero || settings.Warmup + settings.Measure > TimeSpan.FromMinutes(4))
            throw new ArgumentException("--seconds must be > 0, --warmup >= 0, and both together at most 240 s (Slack's 5-minute signature window).");
        if (settings.Concurrency < 1 || settings.Datasets < 1 || settings.Users is < 1 or > 99 || settings.Texts < 1 || settings.MaxRate < 1)
            throw new ArgumentException("--concurrency, --datasets, --texts and --max-rate must be at least 1; --users 1 to 99.");
        return settings;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Datasets:N0} datasets, {Users} users, {Texts:N0} distinct texts (seed {Seed}); {Concurrency} connections, closed loop, " +
        $"{Warmup.TotalSeconds:0.#} s warm-up, {Measure.TotalSeconds:0.#} s measured, wrk -t1 --timeout {RealisticLoad.Timeout}, " +
        $"up to {MaxRate:N0} distinct signed requests/s");
}
