using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Odp.Bot.Tests.Api;

/// <summary>With <c>Odp:Auth:RsaKeyFile</c>, tokens are signed RS256 with the PEM private key and checked with it.</summary>
public sealed class RsaSigningTests : IAsyncLifetime
{
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), "odp-api-key-" + Guid.NewGuid().ToString("N") + ".pem");
    private readonly ApiHost host;

    public RsaSigningTests()
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(keyFile, rsa.ExportPkcs8PrivateKeyPem());
        host = new ApiHost(new Dictionary<string, string?> { ["Odp:Auth:SigningKey"] = "", ["Odp:Auth:RsaKeyFile"] = keyFile });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(keyFile);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_WithAnRsaKeyFile_IssuesRs256TokensTheApiAccepts()
    {
        var token = await host.TokenAsync("alice");

        Assert.Equal("RS256", new JsonWebToken(token).Alg);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(token).GetAsync("/api/v1/requests?mine=true")).StatusCode);
    }
}
