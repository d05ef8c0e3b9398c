using System.Net;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Integrations.Http;

/// <summary>A backend that keeps failing is not called for a while: calls fail fast, naming it; then one is let through.</summary>
public sealed class BackendCircuitBreakerTests : IDisposable
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly TimerWatchingTimeProvider time = new();
    private readonly ScriptedHandler backend = new();
    private readonly HttpClient client;

    public BackendCircuitBreakerTests()
    {
        var options = BackendResilienceHandlerTests.Options(maxAttempts: 1);
        (options.MinimumThroughput, options.FailureRatio, options.BreakDuration) = (2, 0.5, BreakDuration);
        client = new(ResilientHandler.Over(Backends.Trino, time, backend, options)) { BaseAddress = new Uri("http://trino.test/") };
    }

    public void Dispose() => client.Dispose();

    private async Task FailTwiceAsync()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable, count: 2);
        (await client.GetAsync("v1/info")).Dispose();
        (await client.GetAsync("v1/info")).Dispose();
    }

    [Fact]
    public async Task SendAsync_RepeatedFailures_OpensTheCircuitAndFailsFastNamingTheBackend()
    {
        await FailTwiceAsync();

        var e = await Assert.ThrowsAsync<BackendUnavailableException>(() => client.GetAsync("v1/info"));

        Assert.Equal("Trino", e.Backend);
        Assert.Contains("Trino keeps failing", e.Message, StringComparison.Ordinal);
        Assert.Contains("Odp:Resilience:Trino", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_AfterTheBreakDuration_LetsACallThroughAndClosesOnSuccess()
    {
        await FailTwiceAsync();
        await Assert.ThrowsAsync<BackendUnavailableException>(() => client.GetAsync("v1/info"));

        time.Advance(BreakDuration);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("v1/info")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("v1/info")).StatusCode);
        Assert.Equal(4, backend.Count);
    }

    [Fact]
    public async Task SendAsync_RateLimitedAndRefusedRequests_DoNotOpenTheCircuit()
    {
        backend.Answer(HttpStatusCode.TooManyRequests, count: 3, headers: r => r.Headers.Add("Retry-After", "3600"));
        backend.Answer(HttpStatusCode.NotFound, count: 3);

        for (var i = 0; i < 6; i++) (await client.GetAsync("v1/info")).Dispose();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("v1/info")).StatusCode);
        Assert.Equal(7, backend.Count);
    }
}
