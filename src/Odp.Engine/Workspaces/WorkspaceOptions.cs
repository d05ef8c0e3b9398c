namespace Odp.Engine.Workspaces;

/// <summary>Sizing and locations for team workspaces. Quantities use Kubernetes notation.</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Odp:Workspaces";

    /// <summary>Where workspace folders are written. Empty means <c>&lt;data&gt;/workspaces</c>.</summary>
    public string Directory { get; set; } = "";

    /// <summary>JupyterHub's public base URL; a member's server is <c>&lt;JupyterUrl&gt;/user/&lt;user&gt;/&lt;workspace&gt;/</c>.</summary>
    public string JupyterUrl { get; set; } = "http://localhost:8000";

    public string CpuRequests { get; set; } = "4";
    public string CpuLimits { get; set; } = "8";
    public string MemoryRequests { get; set; } = "16Gi";
    public string MemoryLimits { get; set; } = "32Gi";
    public string Pods { get; set; } = "20";
    public string PersistentVolumeClaims { get; set; } = "10";

    /// <summary>Container defaults from the LimitRange, so pods without requests/limits pass the quota.</summary>
    public string DefaultCpuRequest { get; set; } = "250m";
    public string DefaultCpuLimit { get; set; } = "1";
    public string DefaultMemoryRequest { get; set; } = "512Mi";
    public string DefaultMemoryLimit { get; set; } = "2Gi";

    /// <summary>Pod Security Admission level enforced on the namespace (<c>privileged</c>, <c>baseline</c>, <c>restricted</c>).</summary>
    public string PodSecurityLevel { get; set; } = "baseline";

    /// <summary>
    /// Optional CIDR for Trino egress (e.g. <c>10.20.0.0/16</c>) when Trino is reached by a DNS name outside the
    /// cluster. Empty: derived from <c>Odp:Trino:Url</c> (see the allow-trino network policy).
    /// </summary>
    public string TrinoEgressCidr { get; set; } = "";
}
