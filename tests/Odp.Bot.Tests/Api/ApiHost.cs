using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Directory;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// The served host (<c>odp serve</c>) with the API on, a temp data directory and <see cref="DemoAuthenticator"/>;
/// optionally another clock, no authenticator, or more settings.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string SigningKey = "test-signing-key-that-is-certainly-32-bytes-long";

    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-api-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> factory;

    public ApiHost(
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        bool authenticator = true,
        Action<IServiceCollection>? customize = null)
    {
        var all = new Dictionary<string, string?> { [DataDirectory.Setting] = data, ["Odp:Auth:SigningKey"] = SigningKey };
        DataPath = data;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in all) b.UseSetting(key, value);
            b.ConfigureTestServices(services =>
            {
                if (authenticator) services.AddSingleton<IAuthenticator, DemoAuthenticator>();
                if (time is not null) services.AddSingleton(time);
                customize?.Invoke(services);
            });
        });
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public string DataPath { get; }

    public IServiceProvider Services => factory.Services;

    public string RulesFile => Path.Combine(data, "trino", "rules.json");

    public HttpClient Client() => factory.CreateClient();

    public TrinoRulesDocument? Rules() => File.Exists(RulesFile) ? TrinoRulesDocument.Parse(File.ReadAllText(RulesFile)) : null;

    public Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        Client().PostAsJsonAsync("/api/v1/auth/token", new { username, password });

    public async Task<string> TokenAsync(string user)
    {
        var response = await SignInAsync(user, DemoAuthenticator.PasswordOf(user));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client that sends <paramref name="user"/>'s token.</summary>
    public async Task<HttpClient> As(string user) => WithToken(await TokenAsync(user));

    public HttpClient WithToken(string token)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
