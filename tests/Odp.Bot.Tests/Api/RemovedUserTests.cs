using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// A token outlives its user: once the directory no longer has the person (or has disabled them), their still-valid
/// token can't request, approve, deny, cancel or revoke (a 403 problem), though the cached reads still know them and
/// their reads still work. Nothing is written.
/// </summary>
public sealed class RemovedUserTests : IAsyncLifetime
{
    private readonly ChangingDirectory directory = new(YamlDirectory.Load(Fakes.SourceTree.DemoDirectory));
    private readonly ApiHost host;

    public RemovedUserTests() => host = new ApiHost(customize: s => s.AddSingleton<IDirectory>(directory));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("approve")]
    [InlineData("deny")]
    public async Task Decide_WithTheTokenOfAnOwnerTheDirectoryNoLongerHas_Answers403AndTheRequestStaysPending(string verb)
    {
        var alice = await host.As("alice");
        var bob = await host.As("bob");
        var id = await RequestAsync(alice);
        directory.Remove("bob");

        var refused = await bob.PostAsJsonAsync($"/api/v1/requests/{id}/{verb}", new { reason = "Use the daily revenue table" });

        await AssertRefusedAsync(refused, "I don't know a user 'bob' in the directory (any more)");
        Assert.Equal("pending", await StateAsync(alice, id));
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/v1/datasets?q=orders")).StatusCode);
    }

    [Fact]
    public async Task Create_WithTheTokenOfARemovedUser_Answers403AndFilesNothing()
    {
        var alice = await host.As("alice");
        var bob = await host.As("bob");
        directory.Remove("alice");

        var refused = await alice.PostAsJsonAsync("/api/v1/requests", new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis" });

        await AssertRefusedAsync(refused, "I don't know a user 'alice'");
        Assert.Equal("[]", await (await bob.GetAsync("/api/v1/requests?pending=true")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("cancel", "pending")]
    [InlineData("revoke", "approved")]
    public async Task End_WithTheTokenOfARemovedRequester_Answers403AndTheTicketKeepsItsState(string verb, string state)
    {
        var alice = await host.As("alice");
        var judy = await host.As("judy");
        var id = await RequestAsync(alice);
        if (state == "approved") Assert.Equal(HttpStatusCode.OK, (await judy.PostAsync($"/api/v1/requests/{id}/approve", null)).StatusCode);
        directory.Remove("alice");

        var refused = await alice.PostAsync($"/api/v1/requests/{id}/{verb}", null);

        await AssertRefusedAsync(refused, "I don't know a user 'alice'");
        Assert.NotEqual(verb == "cancel" ? "cancelled" : "revoked", await StateAsync(judy, id));
    }

    [Fact]
    public async Task Deny_WithTheTokenOfADisabledOwner_Answers403SayingTheAccountIsDisabled()
    {
        var alice = await host.As("alice");
        var bob = await host.As("bob");
        var id = await RequestAsync(alice);
        directory.Disable("bob");

        var refused = await bob.PostAsJsonAsync($"/api/v1/requests/{id}/deny", new { reason = "Use the daily revenue table" });

        await AssertRefusedAsync(refused, "Your directory account 'bob' is disabled");
        Assert.Equal("pending", await StateAsync(alice, id));
    }

    [Fact]
    public async Task Revoke_WithTheRequestersToken_GivesTheAccessUp()
    {
        var alice = await host.As("alice");
        var id = await RequestAsync(alice);
        Assert.Equal(HttpStatusCode.OK, (await (await host.As("bob")).PostAsync($"/api/v1/requests/{id}/approve", null)).StatusCode);

        var revoked = await alice.PostAsJsonAsync($"/api/v1/requests/{id}/revoke", new { reason = "project ended" });

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("revoked", (await ApiHost.ReadAsync(revoked)).GetProperty("state").GetString());
    }

    private static async Task<string> RequestAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/requests", new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await ApiHost.ReadAsync(created)).GetProperty("id").GetString()!;
    }

    private static async Task<string?> StateAsync(HttpClient client, string id) =>
        (await ApiHost.ReadAsync(await client.GetAsync($"/api/v1/requests/{id}"))).GetProperty("state").GetString();

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }
}
