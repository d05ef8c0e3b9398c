namespace Odp.Engine.Workspaces.Provisioning;

public sealed class ProvisioningOptions
{
    public const string Section = "Odp:Provisioning";

    /// <summary>How often the worker looks for approved tickets when nothing wakes it. A duration like 30s or 1m.</summary>
    public string PollInterval { get; set; } = "30s";

    /// <summary>How many times a failing step is retried before the ticket is marked Failed.</summary>
    public int StepRetries { get; set; } = 2;

    /// <summary>The first wait between retries of a step; it doubles each time. A duration like 1s.</summary>
    public string StepRetryDelay { get; set; } = "1s";

    /// <summary>
    /// How long a replica's claim on a ticket's provisioning lasts without renewal (it renews before each step). A
    /// replica that dies mid-step leaves the ticket to another after this long. Longer than any one step with its
    /// retries; a duration like 5m.
    /// </summary>
    public string ClaimLength { get; set; } = "5m";
}
