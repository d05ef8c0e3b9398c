using System.Net;
using Odp.IntegrationTests.Ldap;

namespace Odp.IntegrationTests.Api;

/// <summary>
/// The REST API on a real OpenLDAP: people sign in with their LDAP passwords, owners come from LDAP groups, and an
/// approval through the API ends with Trino's rules granting the table.
/// </summary>
[Collection(SlapdCollection.Name)]
public sealed class ApiStoryTests(SlapdFixture slapd) : IDisposable
{
    private readonly LdapApiHost host = new(slapd);

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Request_SignedInWithLdapAndApprovedByAnLdapGroupOwner_RulesGrantTheTable()
    {
        var alice = await host.TokenAsync("alice", "alice-secret");
        var created = await host.SendAsync(alice, HttpMethod.Post, "/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Q3 churn model", duration = "30d" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await LdapApiHost.FieldAsync(created, "id"))!;

        var bob = await host.TokenAsync("bob", "bob-secret");
        var pending = await (await host.SendAsync(bob, HttpMethod.Get, "/api/v1/requests?pending=true")).Content.ReadAsStringAsync();
        Assert.Contains(id, pending);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(alice, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(bob, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);

        // The hosted provisioning worker runs on its own; wait (bounded) until the ticket says it is done.
        var state = "";
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (state != "active" && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            state = await LdapApiHost.FieldAsync(await host.SendAsync(alice, HttpMethod.Get, $"/api/v1/requests/{id}"), "state");
            if (state != "active") await Task.Delay(20);
        }
        Assert.Equal("active", state);
        var rules = await File.ReadAllTextAsync(host.RulesFile);
        Assert.Contains("\"user\": \"alice\"", rules);
        Assert.Contains("\"table\": \"orders\"", rules);
    }

    [Fact]
    public async Task SignIn_WrongLdapPasswordOrUnknownUser_AreTheSame401()
    {
        var wrong = await host.SignInAsync("alice", "nope");
        var unknown = await host.SignInAsync("nobody", "nope");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await LdapApiHost.FieldAsync(wrong, "detail"), await LdapApiHost.FieldAsync(unknown, "detail"));
    }

    [Fact]
    public async Task Requests_WithATamperedLdapSignedInToken_Is401()
    {
        var token = await host.TokenAsync("carol", "carol-secret");
        var parts = token.Split('.');
        var claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])));
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(claims.Replace("\"carol\"", "\"bob\"")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var mine = await host.SendAsync(token, HttpMethod.Get, "/api/v1/requests?mine=true");
        var tampered = await host.SendAsync($"{parts[0]}.{forged}.{parts[2]}", HttpMethod.Get, "/api/v1/requests?pending=true");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}
