using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Odp.Bot.Api.Auth;
using Odp.Bot.Cli;
using Odp.Engine.Hosting;

namespace Odp.Bot.Tests.Api;

/// <summary>The API is on exactly when <c>Odp:Auth</c> has a key, and a bad key stops the start with the setting's name.</summary>
public sealed class ApiSwitchTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-api-off-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Api_WithoutAuthSettings_IsNotMapped()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/auth/token", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/datasets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/openapi.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Start_WithAShortSigningKey_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync("--Odp:Auth:SigningKey=too-short");

        Assert.Equal($"{AuthOptions.Section}:SigningKey must be at least 32 bytes; generate one with `openssl rand -base64 48`.", failure);
    }

    [Fact]
    public async Task Start_WithAMissingRsaKeyFile_FailsNamingTheSetting()
    {
        var missing = Path.Combine(data, "missing.pem");

        var failure = await StartFailureAsync($"--Odp:Auth:RsaKeyFile={missing}");

        Assert.Equal($"{AuthOptions.Section}:RsaKeyFile '{missing}' does not exist.", failure);
    }

    [Fact]
    public async Task Start_WithABadTokenLifetime_FailsNamingTheSetting()
    {
        var failure = await StartFailureAsync($"--Odp:Auth:SigningKey={ApiHost.SigningKey}", "--Odp:Auth:TokenLifetime=soon");

        Assert.Equal($"{AuthOptions.Section}:TokenLifetime must be a duration like 1h or 30m.", failure);
    }

    /// <summary>Starts <c>odp serve</c> with the given settings and answers the line it would print on failing.</summary>
    private async Task<string?> StartFailureAsync(params string[] settings)
    {
        await using var app = ServeHost.Build([.. settings, "--urls", "http://127.0.0.1:0"], new HostOptions(data, null, null));
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        return StartupFailure.Explain(failure);
    }

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting(DataDirectory.Setting, data));
}
