using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// No body the API reads may be larger than 64 KiB: a bigger one is a 413 problem naming the limit, by its
/// Content-Length or, when it has none, as soon as the read passes the limit.
/// </summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private const string Limit = "A request body can be at most 65,536 bytes (64 KiB)";
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SignIn_WithATenMegabytePassword_Answers413ProblemNamingTheLimit()
    {
        var response = await host.SignInAsync("alice", new string('p', 10 * 1024 * 1024));

        await AssertTooLargeAsync(response, "yours has 10,485,7");
    }

    [Fact]
    public async Task SignIn_ChunkedBodyOverTheLimit_Answers413WhenTheReadPassesIt()
    {
        var json = Encoding.UTF8.GetBytes($"{{\"username\":\"alice\",\"password\":\"{new string('p', 200_000)}\"}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = new ChunkedContent(json) };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client().SendAsync(request);

        await AssertTooLargeAsync(response, "yours is longer");
    }

    [Theory]
    [InlineData("/api/v1/requests")]
    [InlineData("/api/v1/requests/ODP-1/deny")]
    [InlineData("/api/v1/requests/ODP-1/revoke")]
    public async Task Post_BodyOverTheLimit_Answers413(string path)
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsJsonAsync(path, new { dataset = "lake.sales.orders", reason = new string('r', 70_000) });

        await AssertTooLargeAsync(response, "yours has 70,");
    }

    [Fact]
    public async Task Create_BodyJustUnderTheLimit_IsRead()
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis", note = new string('n', 60_000) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, string sent)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString();
        Assert.StartsWith(Limit, detail);
        Assert.Contains(sent, detail);
    }

    /// <summary>A JSON body sent without a Content-Length (chunked), as a streaming client would.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
