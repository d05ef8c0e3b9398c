using k8s;

namespace Odp.Engine.Workspaces.Kubernetes;

/// <summary>
/// The API server credentials for direct mode: the pod's service account when <c>Odp:Workspaces:InCluster</c>
/// is true; else the kubeconfig in <c>Odp:Workspaces:Kubeconfig</c>, else <c>KUBECONFIG</c>, else <c>~/.kube/config</c>
/// (its current context).
/// </summary>
public static class KubernetesConnection
{
    public static KubernetesClientConfiguration Configuration(WorkspaceOptions options) =>
        Configuration(options, Environment.GetEnvironmentVariable("KUBECONFIG"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    internal static KubernetesClientConfiguration Configuration(WorkspaceOptions options, string? kubeconfigVariable, string home)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.InCluster)
        {
            return KubernetesClientConfiguration.IsInCluster()
                ? KubernetesClientConfiguration.InClusterConfig()
                : throw new InvalidOperationException(
                    $"{WorkspaceOptions.Section}:InCluster is true but no service account is mounted (KUBERNETES_SERVICE_HOST and the token are missing).");
        }
        var path = KubeconfigPath(options, kubeconfigVariable, home);
        return File.Exists(path)
            ? KubernetesClientConfiguration.BuildConfigFromConfigFile(path)
            : throw new InvalidOperationException(
                $"Kubeconfig '{path}' not found: set {WorkspaceOptions.Section}:Kubeconfig, KUBECONFIG, or {WorkspaceOptions.Section}:InCluster=true.");
    }

    internal static string KubeconfigPath(WorkspaceOptions options, string? kubeconfigVariable, string home)
    {
        if (!string.IsNullOrWhiteSpace(options.Kubeconfig)) return Path.GetFullPath(options.Kubeconfig);
        var fromVariable = kubeconfigVariable?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        return fromVariable ?? Path.Combine(home, ".kube", "config");
    }
}
