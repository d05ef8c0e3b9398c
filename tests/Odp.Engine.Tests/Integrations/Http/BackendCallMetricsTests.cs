using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Integrations.Http;

/// <summary><c>odp.backend.calls</c> on the meter <c>OpenDataPlane</c>: one count per send, by backend, outcome and status class.</summary>
public sealed class BackendCallMetricsTests : IDisposable
{
    private readonly ServiceProvider meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener listener = new();
    private readonly List<(string Backend, string Outcome, string Status)> counted = [];
    private readonly TimerWatchingTimeProvider time = new();
    private readonly ScriptedHandler backend = new();
    private readonly HttpClient client;

    public BackendCallMetricsTests()
    {
        var metrics = new BackendCallMetrics(meters.GetRequiredService<IMeterFactory>());
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter && instrument.Name == BackendCallMetrics.CounterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(p => p.Key, p => (string)p.Value!);
            lock (counted)
                for (var i = 0; i < value; i++) counted.Add((t["backend"], t["outcome"], t["status_class"]));
        });
        listener.Start();
        var options = BackendResilienceHandlerTests.Options();
        (options.MinimumThroughput, options.FailureRatio) = (2, 1);
        client = new(ResilientHandler.Over(Backends.JupyterHub, time, backend, options, metrics)) { BaseAddress = new Uri("http://hub.test/") };
        Assert.Equal("OpenDataPlane", metrics.Meter.Name);
    }

    public void Dispose()
    {
        client.Dispose();
        listener.Dispose();
        meters.Dispose();
    }

    private List<(string Backend, string Outcome, string Status)> Counted() { lock (counted) return [.. counted]; }

    [Fact]
    public async Task SendAsync_FailedThenResentThenAnswered_CountsRetried5xxThenSuccess2xx()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable);

        var call = client.GetAsync("hub/api/users/alice");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        await call;

        Assert.Equal([("jupyterhub", "retried", "5xx"), ("jupyterhub", "success", "2xx")], Counted());
    }

    [Fact]
    public async Task SendAsync_NotFound_CountsSuccess4xx()
    {
        backend.Answer(HttpStatusCode.NotFound);

        await client.GetAsync("hub/api/users/nobody");

        Assert.Equal([("jupyterhub", "success", "4xx")], Counted());
    }

    [Fact]
    public async Task SendAsync_PostRateLimitedBeyondMaxDelay_CountsFailure4xx()
    {
        backend.Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "3600"));

        await client.PostAsync("hub/api/users/alice", content: null);

        Assert.Equal([("jupyterhub", "failure", "4xx")], Counted());
    }

    [Fact]
    public async Task SendAsync_PostUnreachable_CountsFailureWithoutStatus()
    {
        backend.Unreachable();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("hub/api/users/alice", content: null));

        Assert.Equal([("jupyterhub", "failure", "none")], Counted());
    }

    [Fact]
    public async Task SendAsync_OpenCircuit_CountsBrokenCircuitWithoutStatus()
    {
        backend.Unreachable(2);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("hub/api/users/alice", content: null));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("hub/api/users/alice", content: null));

        await Assert.ThrowsAsync<BackendUnavailableException>(() => client.GetAsync("hub/api/users/alice"));

        Assert.Equal(("jupyterhub", "broken-circuit", "none"), Counted()[^1]);
        Assert.Equal(2, backend.Count);
    }
}
