namespace Odp.Benchmarks.Load;

/// <summary>One target's figures; <see cref="Sent"/> counts the warm-up too. <see cref="Note"/> says why a target was not measured, or what went wrong.</summary>
public sealed record LoadResult(string Target, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors, long Sent, string? Note = null)
{
    /// <summary>The server process's CPU time (user + system) in the measured window, per measured request.</summary>
    public double? ServerCpuMicroseconds { get; init; }

    public bool Measured => Note is null || RequestsPerSecond > 0;

    public static LoadResult NotMeasured(string target, string why) => new(target, 0, double.NaN, double.NaN, 0, 0, 0, why);
}
