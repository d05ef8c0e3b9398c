using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Odp.Engine.Workspaces.Kubernetes;

/// <summary>Reads the <c>Status</c> object the API server sends with an error response.</summary>
internal static class KubernetesStatusText
{
    public static V1Status? Parse(HttpOperationException e)
    {
        var body = e.Response?.Content;
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            var status = KubernetesJson.Deserialize<V1Status>(body);
            return status?.Kind == "Status" ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Message(HttpOperationException e) => Parse(e)?.Message ?? e.Message;
}
