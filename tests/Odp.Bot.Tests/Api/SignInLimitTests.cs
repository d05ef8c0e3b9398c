using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// Sign-in attempts are limited per username and per client IP, in fixed windows on the injected clock; oversized
/// credentials are refused before anything is counted or asked.
/// </summary>
public sealed class SignInLimitTests : IAsyncLifetime
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

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

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

    [Theory]
    [InlineData(257, 8, "A username can be at most 256 characters; yours has 257.")]
    [InlineData(5_000, 8, "A username can be at most 256 characters; yours has 5,000.")]
    [InlineData(5, 1_025, "A password can be at most 1,024 characters; yours has 1,025.")]
    [InlineData(5, 30_000, "A password can be at most 1,024 characters; yours has 30,000.")]
    public async Task SignIn_CredentialOverItsLimit_Answers400NamingTheLimitAndCountsNothing(int usernameLength, int passwordLength, string detail)
    {
        var username = "alice" + new string('x', usernameLength - 5);
        for (var i = 0; i < 6; i++)
        {
            var refused = await host.SignInAsync(username, new string('p', passwordLength));

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(detail, (await ApiHost.ReadAsync(refused)).GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("alice", "alice-pw")).StatusCode);
    }

    [Fact]
    public async Task SignIn_CredentialsAtTheirLimits_AreCheckedAsUsual()
    {
        var response = await host.SignInAsync(new string('u', 256), new string('p', 1_024));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
