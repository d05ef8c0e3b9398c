using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Odp.Bot.Tests.Api;

/// <summary>Sign-in attempts are limited per username and per client IP, in fixed windows on the injected clock.</summary>
public sealed class SignInLimitTests : IAsyncDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ApiHost host;

    public SignInLimitTests()
    {
        host = new ApiHost(new Dictionary<string, string?>
        {
            ["Odp:Auth:AttemptsPerUsername"] = "3",
            ["Odp:Auth:AttemptsPerClientIp"] = "5",
            ["Odp:Auth:AttemptWindow"] = "1m",
        }, time);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task SignIn_OverTheUsernameLimit_Answers429WithRetryAfterUntilTheWindowEnds()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("alice", "guess" + i)).StatusCode);
        time.Advance(TimeSpan.FromSeconds(20));

        var limited = await host.SignInAsync("alice", "alice-pw");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), limited.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await ApiHost.ReadAsync(limited)).GetProperty("status").GetInt32());

        time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("alice", "alice-pw")).StatusCode);
    }

    [Fact]
    public async Task SignIn_UsernameLimit_IgnoresCaseAndLeavesOtherUsersAlone()
    {
        for (var i = 0; i < 3; i++) await host.SignInAsync(i % 2 == 0 ? "ALICE" : "alice", "guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.SignInAsync("Alice", "alice-pw")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("bob", "bob-pw")).StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheClientIpLimit_Answers429ForEveryUsername()
    {
        foreach (var user in new[] { "alice", "bob", "carol", "dave", "erin" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync(user, "guess")).StatusCode);

        var limited = await host.SignInAsync("frank", "frank-pw");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), limited.Headers.RetryAfter?.Delta);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("frank", "frank-pw")).StatusCode);
    }
}
