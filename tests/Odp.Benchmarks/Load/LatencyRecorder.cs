using System.Diagnostics;

namespace Odp.Benchmarks.Load;

/// <summary>
/// Every measured request's latency, in <see cref="Stopwatch"/> ticks, in one array allocated up front (no allocation
/// or lock while measuring). Percentiles are exact: the recorded values are sorted once at the end.
/// </summary>
public sealed class LatencyRecorder(int capacity)
{
    private readonly long[] ticks = new long[capacity];
    private int next = -1;

    /// <summary>How many were recorded; more than <see cref="Stored"/> when the array was full.</summary>
    public int Count => Math.Max(0, Volatile.Read(ref next) + 1);

    public int Stored => Math.Min(Count, ticks.Length);

    public void Record(long elapsed)
    {
        var i = Interlocked.Increment(ref next);
        if (i < ticks.Length) ticks[i] = elapsed;
    }

    /// <summary>The latencies at the given quantiles (0..1), in milliseconds; sorts the stored values.</summary>
    public double[] Percentiles(params double[] quantiles)
    {
        var n = Stored;
        if (n == 0) return quantiles.Select(_ => double.NaN).ToArray();
        Array.Sort(ticks, 0, n);
        return quantiles
            .Select(q => ticks[Math.Clamp((int)Math.Ceiling(q * n) - 1, 0, n - 1)] * 1000.0 / Stopwatch.Frequency)
            .ToArray();
    }
}
