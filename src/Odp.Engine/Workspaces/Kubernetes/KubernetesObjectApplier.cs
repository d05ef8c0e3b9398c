using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Odp.Engine.Workspaces.Kubernetes;

/// <summary>
/// Create-or-replace of one object: GET; 404 → POST; found → PUT with the fetched <c>resourceVersion</c>;
/// 409 AlreadyExists on POST (created meanwhile) → GET and PUT. A write conflict (409 Conflict on a stale version) is
/// an application-level retry: the whole create-or-replace runs again with a fresh version, up to <c>retries</c>
/// times. Server errors, 429 and lost answers are resent by the client's resilience layer
/// (<c>Odp:Resilience:Kubernetes</c>), not here; longer outages are left to the provisioning worker's step retry with
/// backoff. Anything else becomes a <see cref="KubernetesApplyException"/> carrying the Status message.
/// </summary>
internal sealed class KubernetesObjectApplier(int retries, ILogger logger)
{
    public async Task<T> ApplyAsync<T>(
        T desired,
        Func<string, CancellationToken, Task<T>> read,
        Func<T, CancellationToken, Task<T>> create,
        Func<T, string, CancellationToken, Task<T>> replace,
        CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await CreateOrReplaceAsync(desired, read, create, replace, cancellationToken);
            }
            catch (HttpOperationException e) when (attempt < retries && IsStaleVersion(e))
            {
                logger.LogWarning("Applying {Object} met a newer version, retry {Attempt} of {Retries}: {Message}",
                    Describe(desired), attempt + 1, retries, KubernetesStatusText.Message(e));
            }
            catch (HttpOperationException e)
            {
                var status = KubernetesStatusText.Parse(e);
                throw new KubernetesApplyException(
                    $"Kubernetes refused {Describe(desired)}: {(int)e.Response.StatusCode} {status?.Reason ?? e.Response.StatusCode.ToString()}: " +
                    $"{status?.Message ?? e.Message}{Hint(e.Response.StatusCode)}",
                    (int)e.Response.StatusCode, status?.Reason, e);
            }
            catch (HttpRequestException e)
            {
                throw new KubernetesApplyException($"Kubernetes API server unreachable while applying {Describe(desired)}: {e.Message}", null, null, e);
            }
        }
    }

    private static async Task<T> CreateOrReplaceAsync<T>(
        T desired,
        Func<string, CancellationToken, Task<T>> read,
        Func<T, CancellationToken, Task<T>> create,
        Func<T, string, CancellationToken, Task<T>> replace,
        CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var name = desired.Metadata.Name;
        var current = await TryReadAsync(read, name, cancellationToken);
        if (current is null)
        {
            desired.Metadata.ResourceVersion = null;
            try
            {
                return await create(desired, cancellationToken);
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Conflict)
            {
                current = await read(name, cancellationToken);
            }
        }
        desired.Metadata.ResourceVersion = current.Metadata.ResourceVersion;
        return await replace(desired, name, cancellationToken);
    }

    private static async Task<T?> TryReadAsync<T>(Func<string, CancellationToken, Task<T>> read, string name, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await read(name, cancellationToken);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static bool IsStaleVersion(HttpOperationException e) =>
        e.Response.StatusCode == HttpStatusCode.Conflict && KubernetesStatusText.Parse(e)?.Reason == "Conflict";

    private static string Hint(HttpStatusCode code) => code switch
    {
        HttpStatusCode.Unauthorized =>
            $" (the credentials were rejected: check the token in the kubeconfig of {WorkspaceOptions.Section}:Kubeconfig or the service account)",
        HttpStatusCode.Forbidden => " (the service account or user lacks RBAC permission for this kind)",
        _ => "",
    };

    private static string Describe<T>(T o) where T : IKubernetesObject<V1ObjectMeta> =>
        o.Metadata.NamespaceProperty is { } ns ? $"{o.Kind} {ns}/{o.Metadata.Name}" : $"{o.Kind} {o.Metadata.Name}";
}
