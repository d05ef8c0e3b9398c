using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Odp.Bot.Platforms.Http;

/// <summary>
/// Sends one platform API operation the way every chat client here must: first waits while the operation is
/// blocked in the shared <see cref="RateLimitGate"/>; on HTTP 429 blocks it for the server's delay (see
/// <see cref="RetryAfterOf"/>) and sends again — safe for every operation, as the server did not act — at most
/// <see cref="HttpApiPolicy.RateLimitAttempts"/> times, failing at once when the delay exceeds
/// <see cref="HttpApiPolicy.MaxRetryAfter"/>.
/// <para>
/// Transient failures (5xx, timeouts, connection errors) are retried by a Polly v8 pipeline on the gate's
/// <see cref="TimeProvider"/>, for operations <paramref name="isIdempotent"/> accepts only: a lost answer to a post
/// may hide a posted message, and a retry would post it twice.
/// </para>
/// Only the platform and operation names are logged; never URLs, headers or bodies.
/// </summary>
public sealed partial class HttpApiSender(
    HttpClient http, RateLimitGate gate, HttpApiPolicy policy, Func<string, bool> isIdempotent, string platform, ILogger logger)
{
    private static readonly ResiliencePropertyKey<string> OperationKey = new("Odp.Http.Operation");

    /// <summary>An <c>X-Ratelimit-Reset</c> above this is a Unix time, not a number of seconds.</summary>
    private const long EpochThreshold = 1_000_000_000;

    private readonly ResiliencePipeline<HttpResponseMessage> transient = BuildTransientPipeline(gate.TimeProvider, policy, isIdempotent, platform, logger);

    /// <summary>
    /// Sends <paramref name="build"/>'s request (built afresh for each attempt) and returns the first answer that is
    /// not a 429; the caller disposes it. Throws <see cref="HttpApiTransportException"/> when there is none.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(string operation, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(operation, cancellationToken).ConfigureAwait(false);
            var response = await SendOnceAsync(operation, build, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;

            var retryAfter = RetryAfterOf(response);
            response.Dispose();
            gate.Block(operation, retryAfter);
            LogRateLimited(logger, platform, operation, retryAfter.TotalSeconds, attempt);
            if (retryAfter > policy.MaxRetryAfter || attempt >= policy.RateLimitAttempts)
            {
                throw new HttpApiTransportException(operation, HttpApiTransportException.RateLimited, $"retry after {retryAfter.TotalSeconds:0}s on attempt {attempt}");
            }
        }
    }

    /// <summary>
    /// How long a 429 asks to wait: <c>Retry-After</c> (seconds or a date), else <c>X-Ratelimit-Reset</c> (seconds
    /// until the window resets, as Mattermost documents it; a value that can only be a Unix time is read as one),
    /// else <see cref="HttpApiPolicy.DefaultRetryAfter"/>.
    /// </summary>
    public TimeSpan RetryAfterOf(HttpResponseMessage response)
    {
        var now = gate.TimeProvider.GetUtcNow();
        if (response.Headers.RetryAfter is { Delta: { } delta }) return delta;
        if (response.Headers.RetryAfter is { Date: { } date }) return NotNegative(date - now);
        if (response.Headers.TryGetValues("X-Ratelimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return reset > EpochThreshold ? NotNegative(DateTimeOffset.FromUnixTimeSeconds(reset) - now) : TimeSpan.FromSeconds(reset);
        }

        return policy.DefaultRetryAfter;
    }

    private static TimeSpan NotNegative(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKey, operation);
        try
        {
            return await transient.ExecuteAsync(
                static async (ctx, state) =>
                {
                    using var request = state.build();
                    return await state.http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (http, build)).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            throw new HttpApiTransportException(operation, HttpApiTransportException.ConnectionFailed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpApiTransportException(operation, HttpApiTransportException.Timeout);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildTransientPipeline(
        TimeProvider timeProvider, HttpApiPolicy policy, Func<string, bool> isIdempotent, string platform, ILogger logger)
    {
        if (policy.TransientRetries <= 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = policy.TransientRetries,
                Delay = policy.TransientDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(OperationKey, out var operation)
                    && isIdempotent(operation)
                    && IsTransient(args.Outcome, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    LogRetrying(logger, platform, args.Context.Properties.GetValue(OperationKey, "?"), args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} {Operation} rate-limited: retry after {Seconds}s (attempt {Attempt})")]
    private static partial void LogRateLimited(ILogger logger, string platform, string operation, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} {Operation} transient failure: retry {Retry}")]
    private static partial void LogRetrying(ILogger logger, string platform, string operation, int retry);
}
