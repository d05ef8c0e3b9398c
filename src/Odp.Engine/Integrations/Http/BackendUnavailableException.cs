namespace Odp.Engine.Integrations.Http;

/// <summary>
/// A call refused without being sent because the backend's circuit is open: it kept failing, so ODP stops calling it
/// for a while. An <see cref="HttpRequestException"/>, so every client reports it as it reports an unreachable backend.
/// </summary>
public sealed class BackendUnavailableException(string backend, string message, Exception? inner = null)
    : HttpRequestException(message, inner)
{
    /// <summary>The backend's name, e.g. <c>Trino</c>.</summary>
    public string Backend { get; } = backend;
}
