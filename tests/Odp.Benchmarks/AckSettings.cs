using System.Globalization;

namespace Odp.Benchmarks;

/// <summary>The load settings, the same for every target: closed loop, fixed duration after a warm-up.</summary>
public sealed record AckSettings(TimeSpan Warmup, TimeSpan Measure, int Concurrency, IReadOnlyList<string> Targets, string Client)
{
    public const string Wrk = "wrk";
    public const string Http = "http";

    public static readonly IReadOnlyList<string> AllTargets = ["odp", "odp-uncached", "kestrel", "bolt"];

    public static AckSettings Parse(string[] args)
    {
        var warmup = 10.0; // on 2 busy cores tiered JIT needs this long to reach steady state; see docs/performance.md
        var seconds = 10.0;
        var concurrency = 32;
        var client = Wrk;
        IReadOnlyList<string> targets = AllTargets;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--warmup": warmup = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--concurrency": concurrency = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--client": client = value; i++; break;
                case "--targets": targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); i++; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (seconds <= 0 || warmup < 0 || concurrency < 1) throw new ArgumentException("--seconds > 0, --warmup >= 0, --concurrency >= 1.");
        if (client is not (Wrk or Http)) throw new ArgumentException($"--client is {Wrk} (the default) or {Http}.");
        var unknown = targets.Except(AllTargets).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown target(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AllTargets)}.");
        return new AckSettings(TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), concurrency, targets, client);
    }

    public override string ToString() =>
        $"{Concurrency} concurrent connections, closed loop, {Warmup.TotalSeconds:0.#} s warm-up, {Measure.TotalSeconds:0.#} s measured, client {(Client == Wrk ? "wrk -t1" : "HttpClient")}";
}
