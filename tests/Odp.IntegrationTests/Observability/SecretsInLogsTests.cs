using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Hosting;
using Odp.Engine.Tests.Fakes.JupyterHub;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.IntegrationTests.Ldap;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Observability;

/// <summary>
/// The served process with every backend's secret configured (PostgreSQL, LDAP, the API's signing key, Slack's bot
/// token and signing secret, Trino's password, JupyterHub's token), logging everything at Trace as JSON lines
/// (<c>Logging:Console:FormatterName=json</c>), runs the whole loop — sign in, request, approve, provisioned to Active
/// with Trino verifying and a Jupyter server started — and answers its probes, a scrape and a signed Slack command.
/// Every line is JSON, and no secret (nor a sign-in password, nor an issued token) appears anywhere in the output.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class SecretsInLogsTests(SlapdFixture slapd, PostgresFixture postgres) : IAsyncLifetime
{
    private const string PostgresPassword = "pg-story-secret-5b1e";
    private const string SigningKey = "story-signing-key-7f3a9c0e1d2b4a6c8e0f1a2b3c4d5e6f";
    private const string SlackSigningSecret = "slack-story-signing-secret-4e2d";
    private const string SlackBotToken = "xoxb-story-bot-token-9c8d";
    private const string TrinoPassword = "trino-story-secret-3a7b";

    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-secrets-" + Guid.NewGuid().ToString("N"));
    private FakeSlackServer slack = null!;
    private FakeTrinoServer trino = null!;
    private FakeJupyterHub hub = null!;
    private ServedProcess odp = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartNewAsync();
        slack.BotToken = SlackBotToken;
        foreach (var (id, name) in new[] { ("U0ALICE", "alice"), ("U0BOB", "bob"), ("U0JUDY", "judy") }) slack.AddUser(id, name, $"{name}@example.com");
        trino = await FakeTrinoServer.StartAsync();
        trino.AddTable("lake.sales.orders", [("order_id", "bigint")], [1L]);
        trino.RulesFile = Path.Combine(data, "trino", "rules.json");
        hub = await FakeJupyterHub.StartAsync();
        odp = new ServedProcess(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
            [DataDirectory.Setting] = data,
            ["Odp:Store:Postgres"] = await postgres.NewDatabaseAsync() + ";Password=" + PostgresPassword,
            ["Odp:Ldap:Url"] = slapd.Url,
            ["Odp:Ldap:BindDn"] = SlapdFixture.AdminDn,
            ["Odp:Ldap:BindPassword"] = SlapdFixture.AdminPassword,
            ["Odp:Ldap:BaseDn"] = SlapdFixture.BaseDn,
            ["Odp:Ldap:UserSearchBase"] = "ou=people",
            ["Odp:Ldap:GroupSearchBase"] = "ou=groups",
            ["Odp:Auth:SigningKey"] = SigningKey,
            ["Odp:Slack:SigningSecret"] = SlackSigningSecret,
            ["Odp:Slack:BotToken"] = SlackBotToken,
            ["Odp:Slack:ApiUrl"] = slack.ApiUrl,
            ["Odp:Trino:User"] = "odp",
            ["Odp:Trino:Password"] = TrinoPassword,
            ["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString(),
            ["Odp:Trino:Queries"] = "true",
            ["Odp:Trino:Verify"] = "true",
            ["Odp:Trino:RefreshPeriod"] = "1s",
            ["Odp:JupyterHub:Url"] = hub.Url,
            ["Odp:JupyterHub:Token"] = FakeJupyterHub.Token,
            ["Odp:Provisioning:PollInterval"] = "1s",
        });
        await odp.WaitForLineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await odp.DisposeAsync();
        await hub.DisposeAsync();
        await trino.DisposeAsync();
        await slack.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Log_WholeLoopAtTraceAsJson_EveryLineIsJsonAndNoSecretAppears()
    {
        var alice = await TokenAsync("alice", "alice-secret");
        var created = await SendAsync(alice, HttpMethod.Post, "/api/v1/requests", new { dataset = "lake.sales.orders", reason = "Q3 churn model", duration = "30d" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var bob = await TokenAsync("bob", "bob-secret");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(bob, HttpMethod.Post, $"/api/v1/requests/{id}/approve")).StatusCode);
        await odp.WaitForLineAsync(l => l.Contains($"{id} is active until", StringComparison.Ordinal));
        Assert.Contains(hub.Calls, c => c.Method == "POST");
        Assert.Contains(trino.Calls, c => c.Method == "POST" && c.User == "alice");

        var ready = await odp.Client.GetAsync("/healthz/ready");
        var readyBody = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, readyBody);
        Assert.Equal(["catalog", "store", "ldap", "trino", "slack"],
            JsonNode.Parse(readyBody)!["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await odp.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SlackCommandAsync("search churn")).StatusCode);
        await odp.StopAsync();

        var lines = odp.Lines.Where(l => l.Length > 0).ToList();
        Assert.All(lines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _) && entry.RootElement.TryGetProperty("Category", out _), line);
        });
        Assert.Contains(lines, l => l.Contains("\"LogLevel\":\"Trace\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"LogLevel\":\"Debug\"", StringComparison.Ordinal));
        string[] secrets =
        [
            PostgresPassword, SlapdFixture.AdminPassword, SigningKey, SlackSigningSecret, SlackBotToken, TrinoPassword,
            Convert.ToBase64String(Encoding.UTF8.GetBytes("odp:" + TrinoPassword)), FakeJupyterHub.Token,
            "alice-secret", "bob-secret", alice, bob,
        ];
        foreach (var secret in secrets) Assert.False(odp.Output.Contains(secret, StringComparison.Ordinal), $"The log holds the secret {secret}.");
    }

    private Task<string> TokenAsync(string user, string password) => Api.ApiCalls.TokenAsync(odp.Client, user, password);

    private Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string path, object? body = null) =>
        Api.ApiCalls.SendAsync(odp.Client, token, method, path, body);

    private async Task<HttpResponseMessage> SlackCommandAsync(string text)
    {
        var form = $"team_id=T0FAKE0001&channel_id=C0GENERAL&user_id=U0ALICE&command=%2Fodp&text={Uri.EscapeDataString(text)}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(form, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(SlackSigningSecret, timestamp, Encoding.UTF8.GetBytes(form)));
        return await odp.Client.SendAsync(request);
    }
}
