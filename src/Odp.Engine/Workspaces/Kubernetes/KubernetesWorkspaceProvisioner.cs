using k8s;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Workspaces.Files;

namespace Odp.Engine.Workspaces.Kubernetes;

/// <summary>
/// Direct mode (<c>Odp:Workspaces:Mode=direct</c>): applies the workspace's objects — namespace, ResourceQuota,
/// LimitRange, the three NetworkPolicies, ServiceAccount, RoleBinding and the Trino Secret, all labelled
/// <c>app.kubernetes.io/managed-by=odp</c> — to the API server, create-or-replace, namespace first. Running it
/// again replaces the objects with the current spec. Access is granted to the team group, so a member leaving
/// changes no Kubernetes object (there are none per member); the namespace-level objects are rewritten.
/// </summary>
public sealed class KubernetesWorkspaceProvisioner(
    IKubernetes client,
    IOptions<WorkspaceOptions> options,
    IOptions<TrinoOptions> trino,
    ILogger<KubernetesWorkspaceProvisioner> logger) : IWorkspaceProvisioner
{
    private const string FieldManager = "odp";

    public async Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        WorkspaceNames.Validate(spec.Name, nameof(spec));
        if (string.IsNullOrWhiteSpace(spec.Group))
            throw new ArgumentException($"Workspace '{spec.Name}' has no team group.", nameof(spec));

        var context = WorkspaceContext.Create(spec, options.Value, trino.Value);
        var o = WorkspaceObjects.Build(context);
        var ns = context.Namespace;
        var apply = new KubernetesObjectApplier(Math.Max(0, options.Value.ApplyRetries), logger);
        var core = client.CoreV1;
        var net = client.NetworkingV1;
        var rbac = client.RbacAuthorizationV1;
        var ct = cancellationToken;

        await apply.ApplyAsync(o.Namespace,
            (n, c) => core.ReadNamespaceAsync(n, cancellationToken: c),
            (b, c) => core.CreateNamespaceAsync(b, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => core.ReplaceNamespaceAsync(b, n, fieldManager: FieldManager, cancellationToken: c), ct);
        await apply.ApplyAsync(o.ResourceQuota,
            (n, c) => core.ReadNamespacedResourceQuotaAsync(n, ns, cancellationToken: c),
            (b, c) => core.CreateNamespacedResourceQuotaAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => core.ReplaceNamespacedResourceQuotaAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);
        await apply.ApplyAsync(o.LimitRange,
            (n, c) => core.ReadNamespacedLimitRangeAsync(n, ns, cancellationToken: c),
            (b, c) => core.CreateNamespacedLimitRangeAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => core.ReplaceNamespacedLimitRangeAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);
        foreach (var policy in new[] { o.DefaultDeny, o.AllowDns, o.AllowTrino })
        {
            await apply.ApplyAsync(policy,
                (n, c) => net.ReadNamespacedNetworkPolicyAsync(n, ns, cancellationToken: c),
                (b, c) => net.CreateNamespacedNetworkPolicyAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
                (b, n, c) => net.ReplaceNamespacedNetworkPolicyAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);
        }
        await apply.ApplyAsync(o.ServiceAccount,
            (n, c) => core.ReadNamespacedServiceAccountAsync(n, ns, cancellationToken: c),
            (b, c) => core.CreateNamespacedServiceAccountAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => core.ReplaceNamespacedServiceAccountAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);
        await apply.ApplyAsync(o.RoleBinding,
            (n, c) => rbac.ReadNamespacedRoleBindingAsync(n, ns, cancellationToken: c),
            (b, c) => rbac.CreateNamespacedRoleBindingAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => rbac.ReplaceNamespacedRoleBindingAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);
        await apply.ApplyAsync(o.TrinoSecret,
            (n, c) => core.ReadNamespacedSecretAsync(n, ns, cancellationToken: c),
            (b, c) => core.CreateNamespacedSecretAsync(b, ns, fieldManager: FieldManager, cancellationToken: c),
            (b, n, c) => core.ReplaceNamespacedSecretAsync(b, n, ns, fieldManager: FieldManager, cancellationToken: c), ct);

        logger.LogInformation("Workspace {Workspace}: applied 9 objects to namespace {Namespace}", spec.Name, ns);
        var location = $"{client.BaseUri.ToString().TrimEnd('/')}/api/v1/namespaces/{ns}";
        return new ProvisionedWorkspace(spec.Name, ns, location, context.JupyterUrls());
    }
}
