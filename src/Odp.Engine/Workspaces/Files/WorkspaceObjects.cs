using k8s;
using k8s.Models;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Workspaces.Files;

/// <summary>
/// The typed Kubernetes objects of one workspace, in the order they are applied (namespace first). Both the
/// directory mode (written as manifests) and the direct mode (applied to the API server) build them here.
/// </summary>
internal sealed record WorkspaceObjects(
    V1Namespace Namespace,
    V1ResourceQuota ResourceQuota,
    V1LimitRange LimitRange,
    V1NetworkPolicy DefaultDeny,
    V1NetworkPolicy AllowDns,
    V1NetworkPolicy AllowTrino,
    V1ServiceAccount ServiceAccount,
    V1RoleBinding RoleBinding,
    V1Secret TrinoSecret)
{
    public static WorkspaceObjects Build(WorkspaceSpec spec, WorkspaceOptions options, TrinoOptions trino) =>
        Build(WorkspaceContext.Create(spec, options, trino));

    public static WorkspaceObjects Build(WorkspaceContext context) => new(
        WorkspaceManifests.Namespace(context),
        WorkspaceManifests.ResourceQuota(context),
        WorkspaceManifests.LimitRange(context),
        WorkspaceNetworkPolicies.DefaultDeny(context),
        WorkspaceNetworkPolicies.AllowDns(context),
        WorkspaceNetworkPolicies.AllowTrino(context),
        WorkspaceManifests.ServiceAccount(context),
        WorkspaceManifests.RoleBinding(context),
        WorkspaceManifests.TrinoSecret(context));

    /// <summary>Every object with its manifest file name, namespace first.</summary>
    public IReadOnlyList<(string File, IKubernetesObject<V1ObjectMeta> Object)> WithFileNames() =>
    [
        ("namespace.yaml", Namespace),
        ("resourcequota.yaml", ResourceQuota),
        ("limitrange.yaml", LimitRange),
        ("networkpolicy-default-deny.yaml", DefaultDeny),
        ("networkpolicy-allow-dns.yaml", AllowDns),
        ("networkpolicy-allow-trino.yaml", AllowTrino),
        ("serviceaccount.yaml", ServiceAccount),
        ("rolebinding.yaml", RoleBinding),
        ("secret-trino.yaml", TrinoSecret),
    ];
}
