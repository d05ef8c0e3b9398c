namespace Odp.Engine.Workspaces;

/// <summary>Sizing and locations for team workspaces. Quantities use Kubernetes notation.</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Odp:Workspaces";

    /// <summary>Writes the manifests into <see cref="Directory"/> (the default).</summary>
    public const string DirectoryMode = "directory";

    /// <summary>Applies the objects to the cluster's API server (see <see cref="Kubeconfig"/>, <see cref="InCluster"/>).</summary>
    public const string DirectMode = "direct";

    /// <summary>Commit the workspace files to a GitLab project and follow its pipeline (see <c>Odp:GitLab</c>).</summary>
    public const string GitOpsMode = "gitops";

    /// <summary>How workspaces are provisioned: <c>directory</c> (default), <c>direct</c> or <c>gitops</c>.</summary>
    public string Mode { get; set; } = DirectoryMode;

    /// <summary>Direct mode: the kubeconfig file. Empty means <c>KUBECONFIG</c>, else <c>~/.kube/config</c>.</summary>
    public string Kubeconfig { get; set; } = "";

    /// <summary>Direct mode: use the pod's service account instead of a kubeconfig.</summary>
    public bool InCluster { get; set; }

    /// <summary>
    /// Direct mode: how often one object's apply is retried after a write conflict, and how often one API call is resent
    /// after a server error, 429 or lost answer (as <c>Odp:Resilience:Kubernetes:MaxAttempts</c> = this + 1, unless that
    /// is set).
    /// </summary>
    public int ApplyRetries { get; set; } = 3;

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
