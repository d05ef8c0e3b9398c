using System.Net;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Platforms.Http;

/// <summary>
/// Sends one platform API operation (Slack, Mattermost) through the client's <see cref="BackendResilienceHandler"/>:
/// names the request after <paramref name="operation"/> (a 429 holds back only callers of that operation) and marks
/// it <see cref="RequestResend.Safe"/> when <paramref name="isIdempotent"/> says a repeat does no harm — a read sent
/// as POST, opening a DM, replacing a message. Posting is never resent after a 5xx, timeout or lost answer: the
/// answer may hide a posted message. The handler resends a 429 for every operation, as the server did not act.
/// <para>
/// Turns what is left into <see cref="HttpApiTransportException"/>: a final 429 is <c>ratelimited</c>, no answer
/// (an open circuit included) <c>connection_failed</c>, a send or call past its time <c>timeout</c>.
/// </para>
/// Only the platform and operation names are logged; never URLs, headers or bodies.
/// </summary>
public sealed class HttpApiSender(HttpClient http, Func<string, bool> isIdempotent)
{
    /// <summary>
    /// Sends <paramref name="build"/>'s request and returns the answer when it is not a 429; the caller disposes it.
    /// Throws <see cref="HttpApiTransportException"/> when there is none.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(string operation, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        using var request = build().Named(operation);
        if (isIdempotent(operation)) request.Resend(RequestResend.Safe);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (BackendUnavailableException e)
        {
            throw new HttpApiTransportException(operation, HttpApiTransportException.ConnectionFailed, e.Message);
        }
        catch (HttpRequestException)
        {
            throw new HttpApiTransportException(operation, HttpApiTransportException.ConnectionFailed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpApiTransportException(operation, HttpApiTransportException.Timeout);
        }

        if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;
        response.Dispose();
        throw new HttpApiTransportException(operation, HttpApiTransportException.RateLimited, "still rate-limited after the resends allowed");
    }
}
