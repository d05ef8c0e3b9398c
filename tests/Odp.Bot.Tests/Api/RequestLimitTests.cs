using System.Net;
using System.Net.Http.Json;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// <c>/api/v1/requests</c> with a reason or a name over its limit: a kind 400 that names the limit (the engine's rule, as
/// chat gets it); with a 10 MB reason, a 413 naming the API's body limit. Nothing filed or changed.
/// </summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);
    private static readonly string LongReason = new('x', 2_001);
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Create_ReasonOverTheLimit_Answers400NamingTheLimitAndFilesNothing()
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsJsonAsync("/api/v1/requests", new { dataset = "lake.sales.orders", reason = LongReason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A reason can be at most 2,000 characters; yours has 2,001.",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(0, (await ApiHost.ReadAsync(await alice.GetAsync("/api/v1/requests?mine=true"))).GetArrayLength());
    }

    [Fact]
    public async Task Create_TenMegabyteReason_Answers413NamingTheBodyLimitAndFilesNothing()
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsJsonAsync("/api/v1/requests", new { dataset = "lake.sales.orders", reason = TenMegabytes });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("A request body can be at most 65,536 bytes", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(0, (await ApiHost.ReadAsync(await alice.GetAsync("/api/v1/requests?mine=true"))).GetArrayLength());
    }

    [Theory]
    [InlineData("dataset", "A dataset name")]
    [InlineData("duration", "A duration")]
    [InlineData("workspace", "A workspace name")]
    [InlineData("team", "A team name")]
    [InlineData("access", "access")]
    public async Task Create_OverlongName_Answers400NamingTheLimit(string field, string what)
    {
        var alice = await host.As("alice");
        var body = new Dictionary<string, string> { ["dataset"] = "lake.sales.orders", ["reason"] = "Quarterly churn analysis", [field] = new string('x', 20_000) };

        var response = await alice.PostAsJsonAsync("/api/v1/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{what} can be at most 512 characters; yours has 20,000.",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deny_ReasonOverTheLimit_Answers400NamingTheLimitAndTheRequestStaysPending()
    {
        var alice = await host.As("alice");
        var filed = await ApiHost.ReadAsync(await alice.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis" }));
        var id = filed.GetProperty("id").GetString();

        var response = await (await host.As("bob")).PostAsJsonAsync($"/api/v1/requests/{id}/deny", new { reason = LongReason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A reason can be at most 2,000 characters; yours has 2,001.",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
        Assert.Equal("pending", (await ApiHost.ReadAsync(await alice.GetAsync($"/api/v1/requests/{id}"))).GetProperty("state").GetString());
    }
}
