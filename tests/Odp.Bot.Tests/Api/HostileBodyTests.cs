using System.Net;
using System.Text;

namespace Odp.Bot.Tests.Api;

/// <summary>Whatever body is sent to the endpoints that read one, the answer is a 4xx problem, never a 5xx.</summary>
public sealed class HostileBodyTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> Bodies => new()
    {
        "[]",
        "42",
        "\"text\"",
        "{\"username\": 5, \"password\": true}",
        "{\"username\": \"alice\\u0000junk\", \"password\": \"alice-pw\"}",
        "{\"username\": \"\\ud800\", \"password\": \"\\udfff\"}",
        "{\"username\": \"*)(uid=*\", \"password\": \"*\"}",
        "{\"username\": \"alice\", \"password\": \"alice-pw\", \"username\": \"bob\"}",
        "{\"dataset\": {\"a\": [1, 2, 3]}, \"reason\": null}",
        "{\"reason\": 1e999999}",
        new string('[', 5_000) + new string(']', 5_000),
        "{\"username\": \"" + string.Concat(Enumerable.Repeat("\\u00e9", 10_000)) + "\", \"password\": \"x\"}",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_HostileJsonBody_AnswersA4xxProblem(string json)
    {
        var alice = await host.As("alice");
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/requests", "/api/v1/requests/ODP-1/deny", "/api/v1/requests/ODP-1/revoke" })
        {
            var response = await alice.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

            Assert.InRange((int)response.StatusCode, 400, 499);
        }
    }

    [Fact]
    public async Task Post_InvalidUtf8Body_AnswersA4xxProblem()
    {
        var alice = await host.As("alice");
        var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new("application/json");

        var response = await alice.PostAsync("/api/v1/auth/token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
