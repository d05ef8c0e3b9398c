using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// Adds <c>Authorization: Bearer …</c> to Slack Web API requests. The token is chosen by the request option
/// <see cref="TokenKey"/> (<see cref="SlackTokenKind.Bot"/> when absent). A token is only ever sent to URLs under
/// <see cref="SlackOptions.ApiUrl"/>, so a <c>response_url</c> (or any other absolute URL) never sees one.
/// </summary>
public sealed class SlackAuthHandler(IOptions<SlackOptions> options) : DelegatingHandler
{
    /// <summary>The request option that names the token a request needs.</summary>
    public static readonly HttpRequestOptionsKey<SlackTokenKind> TokenKey = new("Odp.Slack.Token");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = TokenFor(request);
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private string TokenFor(HttpRequestMessage request)
    {
        var slack = options.Value;
        if (request.RequestUri is not { IsAbsoluteUri: true } uri
            || !uri.AbsoluteUri.StartsWith(SlackApiClient.BaseAddressOf(slack).AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var kind = request.Options.TryGetValue(TokenKey, out var requested) ? requested : SlackTokenKind.Bot;
        return kind switch
        {
            SlackTokenKind.Bot => slack.BotToken,
            SlackTokenKind.App => slack.AppToken,
            _ => "",
        };
    }
}
