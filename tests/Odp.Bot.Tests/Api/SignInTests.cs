using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Odp.Bot.Tests.Api;

/// <summary><c>POST /api/v1/auth/token</c>: directory credentials in, a signed token out; nothing said about which part was wrong.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SignIn_WithRightPassword_AnswersABearerTokenForTheDirectoryUser()
    {
        var response = await host.SignInAsync("alice", "alice-pw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await ApiHost.ReadAsync(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("alice", token.Subject);
        Assert.Equal("Alice Analyst", token.GetClaim("name").Value);
        Assert.Equal(["analysts"], token.Claims.Where(c => c.Type == "groups").Select(c => c.Value));
        Assert.Equal("opendataplane", token.Issuer);
        Assert.Equal(["odp-api"], token.Audiences);
        Assert.Equal("HS256", token.Alg);
        Assert.Equal(TimeSpan.FromHours(1), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task SignIn_GroupsClaim_IsAJsonArray()
    {
        var token = await host.TokenAsync("carol");

        using var payload = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1]));
        var groups = payload.RootElement.GetProperty("groups");
        Assert.Equal(JsonValueKind.Array, groups.ValueKind);
        Assert.Equal(["marketing-owners", "analysts"], groups.EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_Answers401WithTheSameBody()
    {
        var wrong = await host.SignInAsync("alice", "nope");
        var unknown = await host.SignInAsync("mallory", "mallory-pw");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        var a = await ApiHost.ReadAsync(wrong);
        var b = await ApiHost.ReadAsync(unknown);
        Assert.Equal(WithoutTraceId(a), WithoutTraceId(b));
        Assert.Equal("The username or password is wrong.", a.GetProperty("detail").GetString());
        Assert.True(a.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task SignIn_WithoutPassword_Answers400Problem()
    {
        var response = await host.SignInAsync("alice", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (await ApiHost.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SignIn_WithNoAuthenticatorRegistered_Answers503NamingTheLdapSetting()
    {
        await using var noDirectory = new ApiHost(authenticator: false);

        var response = await noDirectory.SignInAsync("alice", "alice-pw");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("sign-in needs an LDAP directory (Odp:Ldap:Url)", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    private static string WithoutTraceId(JsonElement problem) =>
        string.Join(";", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));

    private static byte[] Base64UrlDecode(string text) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(text);
}
