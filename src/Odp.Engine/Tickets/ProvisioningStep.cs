namespace Odp.Engine.Tickets;

/// <summary>One step of provisioning as stored on the ticket, so that a restart resumes where it stopped.</summary>
public sealed record ProvisioningStep(
    string Name,
    StepStatus Status,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    string? Error = null)
{
    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
