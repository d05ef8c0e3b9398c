using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Odp.Bot.Tests.Api;

/// <summary>Every endpoint but sign-in needs a current token signed with the configured key, for this issuer and audience.</summary>
public sealed class TokenValidationTests : IAsyncLifetime
{
    private static readonly DateTime Now = TimeProvider.System.GetUtcNow().UtcDateTime;
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Get_WithNoToken_Answers401Problem()
    {
        var response = await host.Client().GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(401, (await ApiHost.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Get_WithATamperedSignature_Answers401()
    {
        var token = await host.TokenAsync("alice");
        var flipped = token[^2] == 'A' ? 'B' : 'A';
        var tampered = token[..^2] + flipped + token[^1];

        var response = await host.WithToken(tampered).GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not valid", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_WithAnExpiredToken_Answers401()
    {
        var expired = Token(ApiHost.SigningKey, "opendataplane", "odp-api", issuedAt: Now.AddHours(-2), expires: Now.AddHours(-1));

        var response = await host.WithToken(expired).GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithAHandMadeCurrentToken_IsAccepted()
    {
        var current = Token(ApiHost.SigningKey, "opendataplane", "odp-api", issuedAt: Now, expires: Now.AddMinutes(5));

        var response = await host.WithToken(current).GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("another-signing-key-that-is-also-32-bytes-long!", "opendataplane", "odp-api")]
    [InlineData(ApiHost.SigningKey, "someone-else", "odp-api")]
    [InlineData(ApiHost.SigningKey, "opendataplane", "another-api")]
    public async Task Get_WithAWrongKeyIssuerOrAudience_Answers401(string key, string issuer, string audience)
    {
        var token = Token(key, issuer, audience, issuedAt: Now, expires: Now.AddMinutes(5));

        var response = await host.WithToken(token).GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_AfterTheTokenLifetimeOnTheInjectedClock_Answers401()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var timed = new ApiHost(new Dictionary<string, string?> { ["Odp:Auth:TokenLifetime"] = "30m" }, time);
        var client = await timed.As("alice");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/requests")).StatusCode);

        time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/requests")).StatusCode);
    }

    private static string Token(string key, string issuer, string audience, DateTime issuedAt, DateTime expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", "alice"), new Claim("name", "Alice Analyst")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
