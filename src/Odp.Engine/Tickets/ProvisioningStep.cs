namespace Odp.Engine.Tickets;

/// <summary>
/// One step of provisioning as stored on the ticket, so that a restart resumes where it stopped. <see cref="Note"/>:
/// what a running step waits for outside OpenDataPlane (e.g. a merge), shown under it on the progress card.
/// </summary>
public sealed record ProvisioningStep(
    string Name,
    StepStatus Status,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    string? Error = null,
    string? Note = null)
{
    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
