using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Odp.Bot.Hosting.Health;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Ldap;
using Odp.IntegrationTests.Ldap;
using Odp.IntegrationTests.Services;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Observability;

/// <summary>
/// <c>/healthz/ready</c> against a real PostgreSQL and a real slapd: ready while they answer, 503 naming the store or
/// LDAP (and why, without the password) once they don't. The probe's 5 s cache runs on a fake clock.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class ReadinessOnRealBackendsTests(SlapdFixture slapd, PostgresFixture postgres) : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-ready-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly List<IDisposable> hosts = [];

    public void Dispose()
    {
        foreach (var host in Enumerable.Reverse(hosts)) host.Dispose();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Ready_PostgresStopsTakingConnections_200Then503NamingTheStore()
    {
        var connection = await postgres.NewDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(connection).Database!;
        var client = Start(new() { ["Odp:Store:Postgres"] = connection + ";Password=pg-ready-secret" });

        var (upStatus, up) = await ReadyAsync(client);
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var refuse = new NpgsqlCommand(
                $"ALTER DATABASE {database} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'", admin);
            await refuse.ExecuteNonQueryAsync();
        }
        clock.Advance(ReadinessProbe.CacheFor);
        var (downStatus, down) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.Equal($"PostgreSQL at 127.0.0.1:{postgres.Port}/{database}", Check(up, "store")["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.False(Check(down, "store")["ready"]!.GetValue<bool>());
        Assert.StartsWith($"PostgreSQL at 127.0.0.1:{postgres.Port}/{database} does not answer: ", Check(down, "store")["detail"]!.GetValue<string>());
        Assert.DoesNotContain("pg-ready-secret", down.ToJsonString());
    }

    [Fact]
    public async Task Ready_WithSlapdAnswering_200NamingLdap()
    {
        var client = Start(Ldap(slapd.Url));

        var (status, body) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["catalog", "store", "ldap"], body["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(slapd.Url, Check(body, "ldap")["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_LdapGoneAfterTheStart_503NamingLdapWithoutThePassword()
    {
        var gone = $"ldap://127.0.0.1:{FreePort.Next()}";
        // As if the server went away after the start check bound the service account.
        var client = Start(Ldap(gone), s => s.Remove(s.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LdapStartupCheck))));

        var (status, body) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.False(Check(body, "ldap")["ready"]!.GetValue<bool>());
        Assert.StartsWith($"{gone} does not answer: ", Check(body, "ldap")["detail"]!.GetValue<string>());
        Assert.DoesNotContain(SlapdFixture.AdminPassword, body.ToJsonString());
    }

    private static Dictionary<string, string?> Ldap(string url) => new()
    {
        ["Odp:Ldap:Url"] = url,
        ["Odp:Ldap:BindDn"] = SlapdFixture.AdminDn,
        ["Odp:Ldap:BindPassword"] = SlapdFixture.AdminPassword,
        ["Odp:Ldap:BaseDn"] = SlapdFixture.BaseDn,
        ["Odp:Ldap:UserSearchBase"] = "ou=people",
        ["Odp:Ldap:GroupSearchBase"] = "ou=groups",
    };

    private HttpClient Start(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        settings[DataDirectory.Setting] = Path.Combine(data, hosts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton(sp => new ReadinessProbe(sp.GetRequiredService<HealthCheckService>(), clock));
                services?.Invoke(s);
            });
        });
        hosts.Add(app);
        var client = app.CreateClient();
        hosts.Add(client);
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz/ready");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static JsonObject Check(JsonObject body, string name) =>
        body["checks"]!.AsArray().Select(c => c!.AsObject()).Single(c => c["name"]!.GetValue<string>() == name);
}
