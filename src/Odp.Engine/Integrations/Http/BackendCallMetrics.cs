using System.Diagnostics.Metrics;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// The backend-call metric: the counter <c>odp.backend.calls</c> of the meter <c>OpenDataPlane</c>, one count per
/// send, labelled <c>backend</c> (<see cref="Backends"/>' keys), <c>outcome</c> (<see cref="Success"/>,
/// <see cref="Failure"/>, <see cref="Retried"/>, <see cref="BrokenCircuit"/>) and <c>status_class</c> (<c>2xx</c>…
/// <c>5xx</c>, or <c>none</c> when no answer came). Recorded only by <see cref="BackendResilienceHandler"/>.
/// </summary>
public sealed class BackendCallMetrics
{
    public const string MeterName = "OpenDataPlane";
    public const string CounterName = "odp.backend.calls";

    /// <summary>The backend answered, and not with 408, 429 or a 5xx (a 404 is a success: the backend worked).</summary>
    public const string Success = "success";

    /// <summary>No answer, a timeout, or a 408, 429 or 5xx that is not sent again.</summary>
    public const string Failure = "failure";

    /// <summary>A send that failed and is sent again.</summary>
    public const string Retried = "retried";

    /// <summary>Not sent: the backend's circuit is open.</summary>
    public const string BrokenCircuit = "broken-circuit";

    private static readonly Lazy<BackendCallMetrics> Unscoped = new(() => new BackendCallMetrics(new Meter(MeterName)));

    private readonly Counter<long> calls;

    /// <summary>On the meter <paramref name="meterFactory"/> makes (one per service provider).</summary>
    public BackendCallMetrics(IMeterFactory meterFactory)
        : this(meterFactory?.Create(MeterName) ?? throw new ArgumentNullException(nameof(meterFactory)))
    {
    }

    private BackendCallMetrics(Meter meter)
    {
        Meter = meter;
        calls = meter.CreateCounter<long>(CounterName, "{call}", "Sends to a backend, by backend, outcome and status class.");
    }

    /// <summary>For clients built by hand (tests, tools): one process-wide meter.</summary>
    public static BackendCallMetrics Shared => Unscoped.Value;

    public Meter Meter { get; }

    public void Record(string backend, string outcome, int? status) =>
        calls.Add(1, new("backend", backend), new("outcome", outcome), new("status_class", StatusClass(status)));

    /// <summary><c>2xx</c> for 200–299 and so on; <c>none</c> without an answer.</summary>
    public static string StatusClass(int? status) => status switch
    {
        >= 100 and <= 599 => $"{status / 100}xx",
        _ => "none",
    };
}
