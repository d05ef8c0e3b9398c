using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;bot token&gt;</c> to requests under the server's <c>/api/v4/</c> only. A
/// slash command's <c>response_url</c> lives on the same host (<c>/hooks/commands/…</c>), so the check is on the
/// path prefix, not the host: a response URL never sees the token.
/// </summary>
public sealed class MattermostAuthHandler(IOptions<MattermostOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mattermost = options.Value;
        if (mattermost.BotToken.Length > 0
            && request.RequestUri is { IsAbsoluteUri: true } uri
            && Uri.TryCreate(mattermost.Url, UriKind.Absolute, out _)
            && uri.AbsoluteUri.StartsWith(MattermostApiClient.BaseAddressOf(mattermost).AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", mattermost.BotToken);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
