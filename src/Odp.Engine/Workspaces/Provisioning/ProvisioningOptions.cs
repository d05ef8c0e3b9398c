using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Workspaces.Provisioning;

[Setting("The worker that carries approved tickets through their provisioning steps.")]
public sealed class ProvisioningOptions
{
    public const string Section = "Odp:Provisioning";

    [Setting("How often the worker looks for approved tickets when nothing wakes it (an approval also wakes it).")]
    [Duration]
    public string PollInterval { get; set; } = "30s";

    [Setting("How many times a failing step is retried, waiting `StepRetryDelay` and doubling, before the ticket is "
        + "Failed; `/odp retry` resumes it from that step.")]
    [Range(0, 10)]
    public int StepRetries { get; set; } = 2;

    [Setting("The first wait between retries of a step; it doubles each time.")]
    [Duration]
    public string StepRetryDelay { get; set; } = "1s";

    [Setting("How long a replica's claim on a ticket's provisioning lasts without renewal (it renews before each step): "
        + "a replica that dies mid-step leaves the ticket to another after this long. Longer than any one step with its retries.")]
    [Duration(Min = "30s")]
    public string ClaimLength { get; set; } = "5m";
}
