using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Api.Auth;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// A flood of large, distinct, failed sign-ins keeps nothing past the throttle's budget: oversized bodies are refused
/// unread, every username is counted under a bounded key, the tables stop at their caps and stay protective when full,
/// and the process's managed memory stays flat.
/// </summary>
[Collection(ProcessMemoryCollection.Name)]
public sealed class SignInBudgetTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ApiHost host;

    public SignInBudgetTests()
    {
        host = new ApiHost(new Dictionary<string, string?>
        {
            ["Odp:Auth:AttemptsPerUsername"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Odp:Auth:AttemptsPerClientIp"] = "1000000",
            ["Odp:Auth:AttemptWindow"] = "1h",
        }, time);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SignIn_ManyLargeDistinctFailures_KeepTheThrottleWithinItsBudgetAndTheProcessFlat()
    {
        var client = host.Client();
        var throttle = host.Services.GetRequiredService<SignInThrottle>();
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("alice", "alice-pw")).StatusCode);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var huge = await SendAsync(client, 10, i => (Name(i, 5 * 1024 * 1024), "guess"));
        var overLimit = await SendAsync(client, 200, i => (Name(i, 60_000), "guess"));
        var heldBefore = throttle.Entries;
        var distinct = await SendAsync(client, SignInThrottle.MaxEntries + 200, i => (Name(i, 256), new string('p', 1_024)));
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.All(huge, s => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, s));
        Assert.All(overLimit, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(2, heldBefore);
        Assert.Equal(SignInThrottle.MaxEntries - 1 + Limit, distinct.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(201 - Limit, distinct.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(SignInThrottle.MaxEntries + 1, throttle.Entries);
        Assert.InRange(throttle.Bytes, 1, 2 * SignInThrottle.MaxBytes);
        Assert.InRange(after - before, long.MinValue, 48L * 1024 * 1024);
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("alice", "alice-pw")).StatusCode);
    }

    // Distinct names of the given length: a counter, then padding.
    private static string Name(int i, int length)
    {
        var prefix = $"user{i}-";
        return prefix + new string('x', length - prefix.Length);
    }

    // Sends the sign-ins eight at a time and keeps only their status codes.
    private static async Task<List<HttpStatusCode>> SendAsync(HttpClient client, int count, Func<int, (string Username, string Password)> credentials)
    {
        var statuses = new List<HttpStatusCode>(count);
        for (var start = 0; start < count; start += 8)
        {
            var batch = Enumerable.Range(start, Math.Min(8, count - start)).Select(async i =>
            {
                var (username, password) = credentials(i);
                using var response = await client.PostAsync("/api/v1/auth/token",
                    System.Net.Http.Json.JsonContent.Create(new { username, password }));
                return response.StatusCode;
            });
            statuses.AddRange(await Task.WhenAll(batch));
        }

        return statuses;
    }
}
