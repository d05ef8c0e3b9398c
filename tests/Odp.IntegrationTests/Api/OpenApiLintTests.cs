using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Odp.Engine.Hosting;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Api;

/// <summary>
/// <c>/api/v1/openapi.json</c>, fetched from a running host, passes the real Redocly CLI's recommended rules with no
/// error. The CLI is pinned in <c>tests/openapi-lint/package-lock.json</c>; <c>scripts/test</c> installs it there.
/// </summary>
public sealed class OpenApiLintTests : IDisposable
{
    private static readonly string Linter = Path.Combine(RepoRoot.Path, "tests", "openapi-lint", "node_modules", ".bin", "redocly");
    private readonly string folder = Directory.CreateTempSubdirectory("odp-openapi-lint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Lint_RecommendedRules_NoErrors()
    {
        Assert.True(File.Exists(Linter),
            $"The Redocly CLI is not installed at {Linter}: scripts/test installs it (npm ci in tests/openapi-lint), which needs Node.js 20.19+ and npm.");
        var document = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(document, await FetchDocumentAsync());

        // Exits non-zero, with the report, on any error; warnings (e.g. no license in info) don't fail it.
        var report = await Command.RunAsync("env",
            ["REDOCLY_TELEMETRY=off", "REDOCLY_SUPPRESS_UPDATE_NOTICE=true", Linter, "lint", "--extends", "recommended", "--format", "stylish", document]);

        Assert.DoesNotContain(" error ", report);
    }

    private async Task<string> FetchDocumentAsync()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting(DataDirectory.Setting, Path.Combine(folder, "data"));
            b.UseSetting("Odp:Auth:SigningKey", "integration-test-signing-key-0123456789abcdef");
        });
        using var client = app.CreateClient();
        return await client.GetStringAsync("/api/v1/openapi.json");
    }
}
