namespace Odp.Engine.Workspaces.Provisioning;

public sealed class ProvisioningOptions
{
    public const string Section = "Odp:Provisioning";

    /// <summary>How often the worker looks for approved tickets when nothing wakes it. A duration like 30s or 1m.</summary>
    public string PollInterval { get; set; } = "30s";
}
