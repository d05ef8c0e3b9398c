using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>Which token goes where: bot by default, app on request, and none outside the configured API URL.</summary>
public sealed class SlackAuthHandlerTests
{
    private static readonly SlackOptions Options = new() { BotToken = "xoxb-bot", AppToken = "xapp-app", ApiUrl = "https://slack.test/api" };

    private static async Task<string?> AuthorizationFor(string url, SlackTokenKind? kind)
    {
        string? seen = null;
        using var handler = new SlackAuthHandler(Microsoft.Extensions.Options.Options.Create(Options))
        {
            InnerHandler = new StubHandler(r => seen = r.Headers.Authorization?.ToString()),
        };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (kind is { } k) request.Options.Set(SlackAuthHandler.TokenKey, k);
        using var _ = await client.SendAsync(request);
        return seen;
    }

    [Theory]
    [InlineData("https://slack.test/api/chat.postMessage", null, "Bearer xoxb-bot")]
    [InlineData("https://slack.test/api/chat.postMessage", SlackTokenKind.Bot, "Bearer xoxb-bot")]
    [InlineData("https://slack.test/api/apps.connections.open", SlackTokenKind.App, "Bearer xapp-app")]
    [InlineData("https://slack.test/api/chat.postMessage", SlackTokenKind.None, null)]
    [InlineData("https://hooks.slack.test/actions/T1/2/abc", null, null)]
    [InlineData("https://slack.test/apix/chat.postMessage", SlackTokenKind.Bot, null)]
    public async Task Send_ByUrlAndKind_AddsOnlyTheRightToken(string url, SlackTokenKind? kind, string? expected)
    {
        Assert.Equal(expected, await AuthorizationFor(url, kind));
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
