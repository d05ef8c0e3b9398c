namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>The steps a ticket goes through between approval and access, in order. Each is idempotent.</summary>
public static class ProvisioningSteps
{
    public const string TrinoGrant = "trino-grant";
    public const string Workspace = "workspace";

    public static readonly IReadOnlyList<string> All = [TrinoGrant, Workspace];
}
