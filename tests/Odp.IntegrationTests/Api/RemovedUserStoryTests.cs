using System.Net;
using Odp.IntegrationTests.Ldap;

namespace Odp.IntegrationTests.Api;

/// <summary>
/// A person removed from (or locked in) the real OpenLDAP keeps a valid REST token, and the directory's cache still
/// knows them for minutes; their next request, approval, denial or revocation is refused at once (403) and nothing is
/// written, while the people still in the directory carry on.
/// </summary>
[Collection(SlapdCollection.Name)]
public sealed class RemovedUserStoryTests(SlapdFixture slapd) : IAsyncLifetime
{
    private readonly LdapApiHost host = new(slapd);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        host.Dispose();
        await slapd.DeleteAddedPeopleAsync();
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("deny")]
    public async Task Decide_AsAnOwnerDeletedFromLdap_Is403AndTheRequestStaysPending(string verb)
    {
        var owner = NewUid("owner");
        var ownerToken = await host.TokenAsync(owner, await slapd.AddPersonAsync(owner, "sales-owners"));
        var alice = await host.TokenAsync("alice", "alice-secret");
        var id = await RequestAsync(alice, "lake.sales.orders");
        Assert.Contains(id, await (await host.SendAsync(ownerToken, HttpMethod.Get, "/api/v1/requests?pending=true")).Content.ReadAsStringAsync());

        await slapd.DeletePersonAsync(owner);
        var refused = await host.SendAsync(ownerToken, HttpMethod.Post, $"/api/v1/requests/{id}/{verb}", new { reason = "Use the daily revenue table" });

        await AssertRefusedAsync(refused, $"I don't know a user '{owner}' in the directory (any more)");
        Assert.Equal("pending", await StateAsync(alice, id));
        Assert.False(File.Exists(host.RulesFile) && (await File.ReadAllTextAsync(host.RulesFile)).Contains("\"user\": \"alice\""));
        var bob = await host.TokenAsync("bob", "bob-secret");
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(bob, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);
    }

    [Fact]
    public async Task RequestAndRevoke_AsARequesterDeletedFromLdap_Are403AndNothingIsWritten()
    {
        var analyst = NewUid("analyst");
        var token = await host.TokenAsync(analyst, await slapd.AddPersonAsync(analyst, "marketing-owners"));
        var id = await RequestAsync(token, "lake.sales.orders");
        var bob = await host.TokenAsync("bob", "bob-secret");
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(bob, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);

        await slapd.DeletePersonAsync(analyst);
        var request = await host.SendAsync(token, HttpMethod.Post, "/api/v1/requests", new { dataset = "lake.sales.order_items", reason = "Quarterly churn analysis" });
        var revoke = await host.SendAsync(token, HttpMethod.Post, $"/api/v1/requests/{id}/revoke", new { reason = "done" });

        await AssertRefusedAsync(request, $"I don't know a user '{analyst}'");
        await AssertRefusedAsync(revoke, $"I don't know a user '{analyst}'");
        Assert.NotEqual("revoked", await StateAsync(bob, id));
        var mine = await (await host.SendAsync(token, HttpMethod.Get, "/api/v1/requests?mine=true")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("lake.sales.order_items", mine);
    }

    [Fact]
    public async Task Approve_AsAnOwnerLockedInLdap_Is403SayingTheAccountIsDisabled_AndSignInIsRefused()
    {
        var owner = NewUid("locked");
        var password = await slapd.AddPersonAsync(owner, "sales-owners");
        var ownerToken = await host.TokenAsync(owner, password);
        var alice = await host.TokenAsync("alice", "alice-secret");
        var id = await RequestAsync(alice, "lake.sales.order_items");

        await slapd.LockPersonAsync(owner);
        var refused = await host.SendAsync(ownerToken, HttpMethod.Post, $"/api/v1/requests/{id}/approve");

        await AssertRefusedAsync(refused, $"Your directory account '{owner}' is disabled");
        Assert.Equal("pending", await StateAsync(alice, id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync(owner, password)).StatusCode);
    }

    private static string NewUid(string role) => $"{role}-{Guid.NewGuid():N}"[..(role.Length + 9)];

    private async Task<string> RequestAsync(string token, string dataset)
    {
        var created = await host.SendAsync(token, HttpMethod.Post, "/api/v1/requests", new { dataset, reason = "Quarterly churn analysis" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await LdapApiHost.FieldAsync(created, "id"))!;
    }

    private async Task<string?> StateAsync(string token, string id) =>
        await LdapApiHost.FieldAsync(await host.SendAsync(token, HttpMethod.Get, $"/api/v1/requests/{id}"), "state");

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await LdapApiHost.FieldAsync(response, "detail"));
    }
}
