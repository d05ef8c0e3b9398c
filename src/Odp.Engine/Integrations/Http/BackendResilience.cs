using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// Each backend's <see cref="BackendPipeline"/> in this service provider, built on first use from its settings
/// (validated then, naming the setting at fault), and handlers over it.
/// </summary>
public sealed class BackendResilience(
    IOptionsMonitor<BackendResilienceOptions> options, TimeProvider time, BackendCallMetrics metrics, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, Lazy<BackendPipeline>> pipelines = new(StringComparer.Ordinal);

    public BackendPipeline Pipeline(string backend) =>
        pipelines.GetOrAdd(backend, key => new Lazy<BackendPipeline>(() => new BackendPipeline(
            Backends.Profile(key), options.Get(key), time, metrics, loggers.CreateLogger<BackendResilienceHandler>()))).Value;

    /// <summary>A new handler (handlers are not shared between HTTP clients) over <paramref name="backend"/>'s pipeline.</summary>
    public BackendResilienceHandler CreateHandler(string backend) => new(Pipeline(backend));
}
