using k8s.Models;

namespace Odp.Engine.Workspaces.Files;

/// <summary>The namespaced Kubernetes objects of a workspace, built from KubernetesClient models.</summary>
internal static class WorkspaceManifests
{
    public static V1ObjectMeta Metadata(WorkspaceContext context, string name, bool namespaced = true) => new()
    {
        Name = name,
        NamespaceProperty = namespaced ? context.Namespace : null,
        Labels = WorkspaceLabels.For(context),
        Annotations = new Dictionary<string, string> { [WorkspaceLabels.GroupAnnotation] = context.Spec.Group },
    };

    public static V1Namespace Namespace(WorkspaceContext context)
    {
        var metadata = Metadata(context, context.Namespace, namespaced: false);
        metadata.Labels["pod-security.kubernetes.io/enforce"] = context.Options.PodSecurityLevel;
        metadata.Labels["pod-security.kubernetes.io/warn"] = "restricted";
        return new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = metadata };
    }

    public static V1ResourceQuota ResourceQuota(WorkspaceContext context)
    {
        var o = context.Options;
        return new V1ResourceQuota
        {
            ApiVersion = "v1",
            Kind = "ResourceQuota",
            Metadata = Metadata(context, "odp-quota"),
            Spec = new V1ResourceQuotaSpec
            {
                Hard = new Dictionary<string, ResourceQuantity>
                {
                    ["requests.cpu"] = new(o.CpuRequests),
                    ["requests.memory"] = new(o.MemoryRequests),
                    ["limits.cpu"] = new(o.CpuLimits),
                    ["limits.memory"] = new(o.MemoryLimits),
                    ["pods"] = new(o.Pods),
                    ["persistentvolumeclaims"] = new(o.PersistentVolumeClaims),
                },
            },
        };
    }

    /// <summary>Defaults so pods that declare no requests/limits are not rejected by the compute quota.</summary>
    public static V1LimitRange LimitRange(WorkspaceContext context)
    {
        var o = context.Options;
        return new V1LimitRange
        {
            ApiVersion = "v1",
            Kind = "LimitRange",
            Metadata = Metadata(context, "odp-limits"),
            Spec = new V1LimitRangeSpec
            {
                Limits =
                [
                    new V1LimitRangeItem
                    {
                        Type = "Container",
                        DefaultProperty = new Dictionary<string, ResourceQuantity>
                        {
                            ["cpu"] = new(o.DefaultCpuLimit),
                            ["memory"] = new(o.DefaultMemoryLimit),
                        },
                        DefaultRequest = new Dictionary<string, ResourceQuantity>
                        {
                            ["cpu"] = new(o.DefaultCpuRequest),
                            ["memory"] = new(o.DefaultMemoryRequest),
                        },
                    },
                ],
            },
        };
    }

    public static V1ServiceAccount ServiceAccount(WorkspaceContext context) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = Metadata(context, WorkspaceContext.ServiceAccountName),
        AutomountServiceAccountToken = false,
    };

    /// <summary>The built-in ClusterRole <c>edit</c>, granted inside the namespace only, to the team group and the service account.</summary>
    public static V1RoleBinding RoleBinding(WorkspaceContext context) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "RoleBinding",
        Metadata = Metadata(context, "odp-edit"),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = "edit" },
        Subjects =
        [
            new Rbacv1Subject { Kind = "Group", ApiGroup = "rbac.authorization.k8s.io", Name = context.Spec.Group },
            new Rbacv1Subject { Kind = "ServiceAccount", Name = WorkspaceContext.ServiceAccountName, NamespaceProperty = context.Namespace },
        ],
    };

    /// <summary>Connection facts only (no credentials): users authenticate to Trino as themselves.</summary>
    public static V1Secret TrinoSecret(WorkspaceContext context) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = Metadata(context, WorkspaceContext.TrinoSecretName),
        Type = "Opaque",
        StringData = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["TRINO_CATALOGS"] = string.Join(",", context.Catalogs),
            ["TRINO_HOST"] = context.TrinoHost,
            ["TRINO_PORT"] = context.TrinoPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TRINO_URL"] = context.TrinoUrl,
        },
    };
}
