namespace Odp.Engine.Integrations.Http;

/// <summary>
/// What ODP knows about one backend's protocol, which settings cannot change: its <see cref="Key"/> (the metric's
/// <c>backend</c> label), its <see cref="Name"/> (in messages and setting names), its default settings, which answers
/// mean "try again later" (<see cref="TransientStatuses"/>, for requests that may be resent), and whether every
/// request ODP sends it may be resent (<see cref="EveryRequestResendable"/>).
/// </summary>
public sealed record BackendProfile(
    string Key,
    string Name,
    BackendResilienceOptions Defaults,
    IReadOnlySet<int> TransientStatuses,
    bool EveryRequestResendable = false)
{
    /// <summary>The configuration section of this backend's settings, e.g. <c>Odp:Resilience:Trino</c>.</summary>
    public string Section => $"{BackendResilienceOptions.Prefix}:{Name}";
}
