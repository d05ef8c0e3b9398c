using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Odp.Engine.Hosting;
using Odp.IntegrationTests.Ldap;

namespace Odp.IntegrationTests.Api;

/// <summary>
/// The REST API on a real OpenLDAP: people sign in with their LDAP passwords, owners come from LDAP groups, and an
/// approval through the API ends with Trino's rules granting the table.
/// </summary>
[Collection(SlapdCollection.Name)]
public sealed class ApiStoryTests(SlapdFixture slapd) : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-api-ldap-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? app;

    public void Dispose()
    {
        app?.Dispose();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Request_SignedInWithLdapAndApprovedByAnLdapGroupOwner_RulesGrantTheTable()
    {
        using var client = Start();

        var alice = await SignInAsync(client, "alice", "alice-secret");
        var created = await SendAsync(client, alice, HttpMethod.Post, "/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Q3 churn model", duration = "30d" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var bob = await SignInAsync(client, "bob", "bob-secret");
        var pending = await (await SendAsync(client, bob, HttpMethod.Get, "/api/v1/requests?pending=true")).Content.ReadAsStringAsync();
        Assert.Contains(id, pending);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, alice, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, bob, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);

        // The hosted provisioning worker runs on its own; wait (bounded) until the ticket says it is done.
        var state = "";
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (state != "active" && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            var ticket = await (await SendAsync(client, alice, HttpMethod.Get, $"/api/v1/requests/{id}")).Content.ReadFromJsonAsync<JsonObject>();
            state = ticket!["state"]!.GetValue<string>();
            if (state != "active") await Task.Delay(20);
        }
        Assert.Equal("active", state);
        var rules = await File.ReadAllTextAsync(Path.Combine(data, "trino", "rules.json"));
        Assert.Contains("\"user\": \"alice\"", rules);
        Assert.Contains("\"table\": \"orders\"", rules);
    }

    [Fact]
    public async Task SignIn_WrongLdapPasswordOrUnknownUser_AreTheSame401()
    {
        using var client = Start();

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "alice", password = "nope" });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "nobody", password = "nope" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Detail(await wrong.Content.ReadAsStringAsync()), Detail(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Requests_WithATamperedLdapSignedInToken_Is401()
    {
        using var client = Start();
        var token = await SignInAsync(client, "carol", "carol-secret");
        var parts = token.Split('.');
        var claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])));
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(claims.Replace("\"carol\"", "\"bob\"")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var mine = await SendAsync(client, token, HttpMethod.Get, "/api/v1/requests?mine=true");
        var tampered = await SendAsync(client, $"{parts[0]}.{forged}.{parts[2]}", HttpMethod.Get, "/api/v1/requests?pending=true");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }

    private HttpClient Start()
    {
        var settings = new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data,
            ["Odp:Ldap:Url"] = slapd.Url,
            ["Odp:Ldap:BindDn"] = SlapdFixture.AdminDn,
            ["Odp:Ldap:BindPassword"] = SlapdFixture.AdminPassword,
            ["Odp:Ldap:BaseDn"] = SlapdFixture.BaseDn,
            ["Odp:Ldap:UserSearchBase"] = "ou=people",
            ["Odp:Ldap:GroupSearchBase"] = "ou=groups",
            ["Odp:Auth:SigningKey"] = "integration-test-signing-key-0123456789abcdef",
            ["Odp:Provisioning:PollInterval"] = "1s",
        };
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
        return app.CreateClient();
    }

    private static async Task<string> SignInAsync(HttpClient client, string user, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }

    private static string? Detail(string problem) => JsonNode.Parse(problem)?["detail"]?.GetValue<string>();
}
