using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Odp.Engine.Hosting;
using Odp.IntegrationTests.Ldap;

namespace Odp.IntegrationTests.Api;

/// <summary>The served host with the REST API on, its directory the real slapd, in a temp data folder deleted on dispose.</summary>
public sealed class LdapApiHost : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-api-ldap-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> app;

    public LdapApiHost(SlapdFixture slapd, IReadOnlyDictionary<string, string?>? extra = null)
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
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });
        Client = app.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public string RulesFile => Path.Combine(data, "trino", "rules.json");

    public Task<HttpResponseMessage> SignInAsync(string user, string password) => ApiCalls.SignInAsync(Client, user, password);

    /// <summary>Signs in, asserting it works, and answers the token.</summary>
    public Task<string> TokenAsync(string user, string password) => ApiCalls.TokenAsync(Client, user, password);

    public Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string path, object? body = null) =>
        ApiCalls.SendAsync(Client, token, method, path, body);

    /// <summary>A field of the JSON answer, as text.</summary>
    public static async Task<string?> FieldAsync(HttpResponseMessage response, string name) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?[name]?.GetValue<string>();

    public void Dispose()
    {
        Client.Dispose();
        app.Dispose();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
