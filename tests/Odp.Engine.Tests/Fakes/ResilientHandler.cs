using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Tests.Fakes;

/// <summary>A backend's <see cref="BackendResilienceHandler"/> over <paramref name="inner"/>, for clients a test builds by hand.</summary>
internal static class ResilientHandler
{
    public static BackendResilienceHandler Over(
        string backend, TimeProvider time, HttpMessageHandler? inner = null, BackendResilienceOptions? options = null, BackendCallMetrics? metrics = null)
    {
        var handler = BackendResilienceHandler.Create(backend, time, options, metrics);
        handler.InnerHandler = inner ?? new SocketsHttpHandler();
        return handler;
    }
}
