using System.Net;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// <c>/api/v1/openapi.json</c> describes every endpoint and the bearer scheme, and keeps the rules Redocly's recommended
/// set checks (the real linter runs in Odp.IntegrationTests/Api/OpenApiLintTests).
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OpenApi_WithoutAToken_ListsEveryPathAndTheBearerScheme()
    {
        var response = await host.Client().GetAsync("/api/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ApiHost.ReadAsync(response);
        var paths = doc.GetProperty("paths");
        Assert.Equal(
            [
                "/api/v1/auth/token", "/api/v1/datasets", "/api/v1/datasets/{name}", "/api/v1/requests", "/api/v1/requests/{id}",
                "/api/v1/requests/{id}/approve", "/api/v1/requests/{id}/cancel", "/api/v1/requests/{id}/deny", "/api/v1/requests/{id}/revoke",
                "/api/v1/workspaces",
            ],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/v1/requests").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/requests").TryGetProperty("get", out _));
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task OpenApi_EveryOperationButSignIn_RequiresTheBearerScheme()
    {
        var doc = await ApiHost.ReadAsync(await host.Client().GetAsync("/api/v1/openapi.json"));

        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var secured = operation.Value.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));
            Assert.True(secured == (path.Name != "/api/v1/auth/token"), $"{operation.Name} {path.Name}");
        }
    }

    [Fact]
    public async Task OpenApi_SignIn_IsDeclaredPublicWithAnEmptySecurityList()
    {
        var doc = await ApiHost.ReadAsync(await host.Client().GetAsync("/api/v1/openapi.json"));

        var security = doc.GetProperty("paths").GetProperty("/api/v1/auth/token").GetProperty("post").GetProperty("security");
        Assert.Equal(System.Text.Json.JsonValueKind.Array, security.ValueKind);
        Assert.Equal(0, security.GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_ServerUrls_HaveNoTrailingSlash()
    {
        var doc = await ApiHost.ReadAsync(await host.Client().GetAsync("/api/v1/openapi.json"));

        var urls = doc.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.False(url.EndsWith('/'), url));
    }

    [Fact]
    public async Task OpenApi_EveryTag_HasADescription()
    {
        var doc = await ApiHost.ReadAsync(await host.Client().GetAsync("/api/v1/openapi.json"));

        Assert.All(doc.GetProperty("tags").EnumerateArray(),
            tag => Assert.False(string.IsNullOrWhiteSpace(tag.TryGetProperty("description", out var d) ? d.GetString() : null), tag.GetRawText()));
    }

    [Fact]
    public async Task OpenApi_TicketState_IsAStringEnum()
    {
        var doc = await ApiHost.ReadAsync(await host.Client().GetAsync("/api/v1/openapi.json"));

        var text = doc.GetProperty("components").GetProperty("schemas").GetRawText();
        Assert.Contains("\"pending\"", text);
    }
}
