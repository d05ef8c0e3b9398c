namespace Odp.Engine.Integrations.Http;

/// <summary>
/// The HTTP backends ODP calls and their protocol facts (LDAP is not HTTP and is not here). Defaults keep what each
/// client did before the one resilience layer: the chat platforms resend up to 3 times from 250 ms and wait up to a
/// minute for <c>Retry-After</c>; Trino retries 502/503/504 from 50 ms, as its client protocol asks; Kubernetes
/// resends at once.
/// </summary>
public static class Backends
{
    public const string Slack = "slack";
    public const string Mattermost = "mattermost";
    public const string Trino = "trino";
    public const string OpenMetadata = "openmetadata";
    public const string JupyterHub = "jupyterhub";
    public const string GitLab = "gitlab";
    public const string Kubernetes = "kubernetes";

    /// <summary>408 and the 5xx that say "not now" (not 501, 505…): resent only when the request may be sent twice.</summary>
    private static readonly HashSet<int> Transient = [408, 500, 502, 503, 504];

    private static readonly Dictionary<string, BackendProfile> Known = new BackendProfile[]
    {
        new(Slack, "Slack", Chat(), Transient),
        new(Mattermost, "Mattermost", Chat(), Transient),
        // Trino's client protocol: 502, 503 and 504 come from gateways and are retried after 50–100 ms, the initial
        // POST included; any other status means processing failed.
        new(Trino, "Trino", With(4, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)), new HashSet<int> { 502, 503, 504 }),
        new(OpenMetadata, "OpenMetadata", With(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(3)), Transient),
        new(JupyterHub, "JupyterHub", With(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)), Transient),
        new(GitLab, "GitLab", With(4, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(15)), Transient),
        // The only POSTs ODP sends the API server create objects by name: a second one is refused with 409
        // AlreadyExists, which the applier reads as "exists" — so every request may be resent.
        new(Kubernetes, "Kubernetes", With(4, TimeSpan.Zero, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(100)), Transient, EveryRequestResendable: true),
    }.ToDictionary(p => p.Key, StringComparer.Ordinal);

    /// <summary>Every known backend key.</summary>
    public static IReadOnlyCollection<string> All => Known.Keys;

    /// <summary>The profile of <paramref name="key"/>; an unknown key gets the general defaults under its own name.</summary>
    public static BackendProfile Profile(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Known.TryGetValue(key, out var profile) ? profile : new BackendProfile(key, key, new BackendResilienceOptions(), Transient);
    }

    /// <summary>A fresh copy of <paramref name="key"/>'s default settings.</summary>
    public static BackendResilienceOptions Defaults(string key) => Profile(key).Defaults.Copy();

    private static BackendResilienceOptions Chat() =>
        With(3, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3));

    private static BackendResilienceOptions With(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan attemptTimeout, TimeSpan? total = null) => new()
    {
        MaxAttempts = attempts,
        BaseDelay = baseDelay,
        MaxDelay = maxDelay,
        AttemptTimeout = attemptTimeout,
        TotalTimeout = total ?? TimeSpan.FromMinutes(2),
    };
}
