using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Api;

/// <summary>Unexpected failures are a 500 problem with a reference and no details; a malformed body is a 400.</summary>
public sealed class ApiErrorTests : IAsyncLifetime
{
    private readonly ApiHost host = new(customize: s => s.AddSingleton<IAuthenticator, BrokenAuthenticator>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SignIn_WhenTheDirectoryFails_Answers500ProblemWithAReferenceAndNoDetails()
    {
        var response = await host.SignInAsync("alice", "alice-pw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString();
        Assert.Matches("^something went wrong \\(ref [0-9a-f]{8}\\)$", detail);
        Assert.DoesNotContain("ldap.internal", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_WithMalformedJson_Answers400()
    {
        var response = await host.Client().PostAsync("/api/v1/auth/token", new StringContent("{\"username\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("The body is not valid JSON", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_WithMalformedJsonOrNoBody_Answers400Problem_AndFormIs415()
    {
        await using var working = new ApiHost();
        var alice = await working.As("alice");

        var malformed = await alice.PostAsync("/api/v1/requests", new StringContent("{\"dataset\": lake", Encoding.UTF8, "application/json"));
        var empty = await alice.PostAsync("/api/v1/requests", null);
        var form = await alice.PostAsync("/api/v1/requests", new StringContent("dataset=lake.sales.orders", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.All([malformed, empty], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.All([malformed, empty], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    private sealed class BrokenAuthenticator : IAuthenticator
    {
        public Task<DirectoryUser?> AuthenticateAsync(string username, string password, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection to ldap.internal:636 refused");
    }
}
