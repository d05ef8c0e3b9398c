using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>The bot token goes to <c>/api/v4/</c> on the configured server only: never to response URLs on the same host.</summary>
public sealed class MattermostAuthHandlerTests
{
    private static async Task<string?> AuthorizationFor(string serverUrl, string requestUrl)
    {
        string? seen = null;
        var options = new MattermostOptions { Url = serverUrl, BotToken = "bottoken" };
        using var handler = new MattermostAuthHandler(Microsoft.Extensions.Options.Options.Create(options))
        {
            InnerHandler = new StubHandler(r => seen = r.Headers.Authorization?.ToString()),
        };
        using var client = new HttpClient(handler);
        using var _ = await client.PostAsync(requestUrl, null);
        return seen;
    }

    [Theory]
    [InlineData("https://chat.test", "https://chat.test/api/v4/posts", "Bearer bottoken")]
    [InlineData("https://chat.test/", "https://chat.test/api/v4/users/me", "Bearer bottoken")]
    [InlineData("https://chat.test", "https://chat.test/hooks/commands/abc123", null)]
    [InlineData("https://chat.test", "https://chat.test/api/v4x/posts", null)]
    [InlineData("https://chat.test", "https://chat.test/api/v3/posts", null)]
    [InlineData("https://chat.test", "https://elsewhere.test/api/v4/posts", null)]
    [InlineData("https://chat.test/mm", "https://chat.test/mm/api/v4/posts", "Bearer bottoken")]
    [InlineData("https://chat.test/mm", "https://chat.test/api/v4/posts", null)]
    public async Task Send_ByUrl_AddsTheBearerOnlyUnderApiV4(string serverUrl, string requestUrl, string? expected)
    {
        Assert.Equal(expected, await AuthorizationFor(serverUrl, requestUrl));
    }

    private sealed class StubHandler(Action<HttpRequestMessage> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
