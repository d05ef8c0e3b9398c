namespace Odp.Engine.Integrations.Http;

/// <summary>
/// How calls to one backend are retried and cut off, under <c>Odp:Resilience:&lt;Backend&gt;</c> (e.g.
/// <c>Odp:Resilience:Trino:MaxAttempts</c>). Each backend starts from its own defaults (<see cref="Backends"/>);
/// durations are written like <c>00:00:30</c>. Read once, when the backend's first call is made.
/// </summary>
public sealed class BackendResilienceOptions
{
    public const string Prefix = "Odp:Resilience";

    /// <summary>Sends of one call, the first included (1 means never resent).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first resend; each further one doubles it (no jitter), up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait between sends. A <c>Retry-After</c> asking for more is not waited for: the call fails.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>All sends and waits of one call; no resend is started that would end its wait past it.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one send may take before it counts as a timeout.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed sends (within <see cref="SamplingDuration"/>) that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Sends within <see cref="SamplingDuration"/> before the circuit may open at all.</summary>
    public int MinimumThroughput { get; set; } = 20;

    /// <summary>The window the failure ratio is measured over.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before letting one through to test the backend.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A copy, so a backend's defaults are never changed by binding.</summary>
    public BackendResilienceOptions Copy() => (BackendResilienceOptions)MemberwiseClone();

    /// <summary>Copies every setting of <paramref name="from"/> onto this instance.</summary>
    public void CopyFrom(BackendResilienceOptions from)
    {
        ArgumentNullException.ThrowIfNull(from);
        (MaxAttempts, BaseDelay, MaxDelay, TotalTimeout, AttemptTimeout) =
            (from.MaxAttempts, from.BaseDelay, from.MaxDelay, from.TotalTimeout, from.AttemptTimeout);
        (FailureRatio, MinimumThroughput, SamplingDuration, BreakDuration) =
            (from.FailureRatio, from.MinimumThroughput, from.SamplingDuration, from.BreakDuration);
    }
}
