using System.Net;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>The hub answered a call with an unexpected status; <see cref="HubMessage"/> is its JSON error body, if any.</summary>
public sealed class JupyterHubException(string message, HttpStatusCode? status = null, string? hubMessage = null, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    public string? HubMessage { get; } = hubMessage;
}
