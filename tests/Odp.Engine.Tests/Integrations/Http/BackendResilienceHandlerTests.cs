using System.Net;
using System.Text;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Integrations.Http;

/// <summary>What the one resilience layer resends, how long it waits (on fake time, no sleeps) and where it stops.</summary>
public sealed class BackendResilienceHandlerTests : IDisposable
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    private readonly TimerWatchingTimeProvider time = new();
    private readonly ScriptedHandler backend = new();
    private readonly HttpClient client;

    public BackendResilienceHandlerTests() => client = Client(Options());

    internal static BackendResilienceOptions Options(int maxAttempts = 3) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = BaseDelay,
        MaxDelay = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromMinutes(2),
    };

    public void Dispose() => client.Dispose();

    private HttpClient Client(BackendResilienceOptions options) =>
        new(ResilientHandler.Over(Backends.GitLab, time, backend, options)) { BaseAddress = new Uri("http://gitlab.test/") };

    private static HttpRequestMessage Post(string body = "{}") => new(HttpMethod.Post, "things") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task SendAsync_Get503ThenOk_ResendsAfterTheBaseDelay()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable);

        var call = client.GetAsync("things");
        await time.WaitForTimerAsync(BaseDelay);
        Assert.False(call.IsCompleted);
        time.Advance(BaseDelay);

        Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_Post503_ReturnsItWithoutResending()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable, count: 5);

        using var response = await client.SendAsync(Post());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, backend.Count);
        Assert.Equal(0, time.TimersCreated(BaseDelay));
    }

    [Fact]
    public async Task SendAsync_PostTheProtocolMakesSafe503_Resends()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable);

        var call = client.SendAsync(Post().Resend(RequestResend.Safe));
        await time.WaitForTimerAsync(BaseDelay);
        time.Advance(BaseDelay);

        Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_DeleteMarkedOnce503_ReturnsItWithoutResending()
    {
        backend.Answer(HttpStatusCode.ServiceUnavailable);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "things/1").Resend(RequestResend.Once));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, backend.Count);
    }

    [Fact]
    public async Task SendAsync_Post429WithRetryAfter_WaitsThatLongThenResends()
    {
        backend.Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "5"));

        var call = client.SendAsync(Post());
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        Assert.Equal(1, backend.Count);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var until = time.GetUtcNow() + TimeSpan.FromSeconds(7);
        backend.Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.RetryAfter = new(until));

        var call = client.GetAsync("things");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondMaxDelay_ReturnsTheAnswerAtOnce()
    {
        backend.Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "3600"));

        using var response = await client.GetAsync("things");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, backend.Count);
    }

    [Fact]
    public async Task SendAsync_NextWaitWouldEndPastTheTotalTimeout_ReturnsTheLastAnswer()
    {
        var options = Options(maxAttempts: 5);
        options.AttemptTimeout = TimeSpan.FromSeconds(5);
        options.TotalTimeout = TimeSpan.FromSeconds(10);
        using var bounded = Client(options);
        backend.Answer(HttpStatusCode.ServiceUnavailable, count: 5, headers: r => r.Headers.Add("Retry-After", "6"));

        var call = bounded.GetAsync("things");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(6));
        time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
        Assert.Equal(1, time.TimersCreated(TimeSpan.FromSeconds(6)));
    }

    [Fact]
    public async Task SendAsync_GetAlwaysFailing_SendsMaxAttemptsWithDoublingWaits()
    {
        backend.Answer(HttpStatusCode.BadGateway, count: 10);

        var call = client.GetAsync("things");
        await time.WaitForTimerAsync(BaseDelay);
        time.Advance(BaseDelay);
        await time.WaitForTimerAsync(BaseDelay * 2);
        time.Advance(BaseDelay * 2);

        Assert.Equal(HttpStatusCode.BadGateway, (await call).StatusCode);
        Assert.Equal(3, backend.Count);
    }

    [Fact]
    public async Task SendAsync_GetUnreachableOnce_Resends()
    {
        backend.Unreachable();

        var call = client.GetAsync("things");
        await time.WaitForTimerAsync(BaseDelay);
        time.Advance(BaseDelay);

        Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);
        Assert.Equal(2, backend.Count);
    }

    [Fact]
    public async Task SendAsync_PostUnreachable_ThrowsWithoutResending()
    {
        backend.Unreachable();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(Post()));

        Assert.Equal(1, backend.Count);
    }

    [Fact]
    public async Task SendAsync_StreamedBodyResent_ArrivesIntactEachTime()
    {
        const string body = """{"name":"orders","rows":[1,2,3]}""";
        backend.Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "1"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "things") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) };

        var call = client.SendAsync(request);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        await call;

        Assert.Equal([body, body], backend.Sends.Select(s => s.Body));
    }
}
