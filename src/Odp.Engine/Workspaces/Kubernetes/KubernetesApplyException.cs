namespace Odp.Engine.Workspaces.Kubernetes;

/// <summary>
/// The API server refused (or could not be reached for) one workspace object. The message names the object and
/// carries Kubernetes' own <c>Status</c> message, so the failed ticket step says what went wrong.
/// </summary>
public sealed class KubernetesApplyException(string message, int? statusCode, string? reason, Exception? inner)
    : Exception(message, inner)
{
    /// <summary>The HTTP status code, or null when the server was not reached.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The Status reason (<c>NotFound</c>, <c>Forbidden</c>, <c>Invalid</c>, …) when the server sent one.</summary>
    public string? Reason { get; } = reason;
}
