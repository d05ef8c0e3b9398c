using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Workspaces;

/// <summary>Sizing and locations for team workspaces. Quantities use Kubernetes notation.</summary>
[Setting("Team workspaces: how they are provisioned, where, and their size. Quantities use Kubernetes notation.")]
public sealed class WorkspaceOptions
{
    public const string Section = "Odp:Workspaces";

    /// <summary>Writes the manifests into <see cref="Directory"/> (the default).</summary>
    public const string DirectoryMode = "directory";

    /// <summary>Applies the objects to the cluster's API server (see <see cref="Kubeconfig"/>, <see cref="InCluster"/>).</summary>
    public const string DirectMode = "direct";

    /// <summary>Commit the workspace files to a GitLab project and follow its pipeline (see <c>Odp:GitLab</c>).</summary>
    public const string GitOpsMode = "gitops";

    [Setting("How workspaces are provisioned: `directory` writes the manifests into `Directory`; `direct` applies them to "
        + "the cluster with KubernetesClient (`Kubeconfig` or `InCluster`); `gitops` commits them to GitLab (`Odp:GitLab`) "
        + "and follows the pipeline.", Choices = [DirectoryMode, DirectMode, GitOpsMode])]
    public string Mode { get; set; } = DirectoryMode;

    [Setting("Direct mode: the kubeconfig whose current context is used.", Default = "`KUBECONFIG`, else `~/.kube/config`")]
    public string Kubeconfig { get; set; } = "";

    [Setting("Direct mode: use the pod's service account instead of a kubeconfig.")]
    public bool InCluster { get; set; }

    [Setting("Direct mode: how often one object's apply is retried after a write conflict, and how often one API call is "
        + "resent after a server error, 429 or lost answer (as `Odp:Resilience:Kubernetes:MaxAttempts` = this + 1, unless that "
        + "is set); longer outages go to the step retry (`Odp:Provisioning:StepRetries`).")]
    [Range(0, 10)]
    public int ApplyRetries { get; set; } = 3;

    [Setting("Where workspace folders (desired state) are written.", Default = "`<data>/workspaces`")]
    public string Directory { get; set; } = "";

    [Setting("Members' Jupyter links (`<JupyterUrl>/user/<member>/<workspace>/`) until JupyterHub starts their server; with "
        + "`Odp:JupyterHub` set, the hub's link wins.")]
    public string JupyterUrl { get; set; } = "http://localhost:8000";

    [Setting("The namespace's ResourceQuota: `requests.cpu`.")]
    public string CpuRequests { get; set; } = "4";

    [Setting("The namespace's ResourceQuota: `limits.cpu`.")]
    public string CpuLimits { get; set; } = "8";

    [Setting("The namespace's ResourceQuota: `requests.memory`.")]
    public string MemoryRequests { get; set; } = "16Gi";

    [Setting("The namespace's ResourceQuota: `limits.memory`.")]
    public string MemoryLimits { get; set; } = "32Gi";

    [Setting("The namespace's ResourceQuota: `pods`.")]
    public string Pods { get; set; } = "20";

    [Setting("The namespace's ResourceQuota: `persistentvolumeclaims`.")]
    public string PersistentVolumeClaims { get; set; } = "10";

    [Setting("The LimitRange's default CPU request for a container that sets none, so it passes the quota.")]
    public string DefaultCpuRequest { get; set; } = "250m";

    [Setting("The LimitRange's default CPU limit for a container that sets none.")]
    public string DefaultCpuLimit { get; set; } = "1";

    [Setting("The LimitRange's default memory request for a container that sets none.")]
    public string DefaultMemoryRequest { get; set; } = "512Mi";

    [Setting("The LimitRange's default memory limit for a container that sets none.")]
    public string DefaultMemoryLimit { get; set; } = "2Gi";

    [Setting("The Pod Security Admission level enforced on the namespace: `privileged`, `baseline` or `restricted`.")]
    public string PodSecurityLevel { get; set; } = "baseline";

    [Setting("A CIDR for Trino egress (e.g. `10.20.0.0/16`) when Trino is reached by a DNS name outside the cluster.",
        Default = "derived from `Odp:Trino:Url` (see the allow-trino network policy)")]
    public string TrinoEgressCidr { get; set; } = "";
}
