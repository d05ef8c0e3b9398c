using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Sending, the 429 gate, the transient-retry pipeline and reading Slack's answers.</summary>
public sealed partial class SlackApiClient
{
    private async Task<JsonObject> CallAsync(string method, Func<HttpRequestMessage> build, bool requireJson, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(method, cancellationToken).ConfigureAwait(false);
            using var response = await SendAsync(method, build, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return await ReadAsync(method, response, requireJson, cancellationToken).ConfigureAwait(false);
            }

            var retryAfter = RetryAfterOf(response);
            gate.Block(method, retryAfter);
            LogRateLimited(logger, method, retryAfter.TotalSeconds, attempt);
            if (retryAfter > policy.MaxRetryAfter || attempt >= policy.RateLimitAttempts)
            {
                throw Fail(method, "ratelimited", $"Retry-After {retryAfter.TotalSeconds:0}s on attempt {attempt}");
            }
        }
    }

    private TimeSpan RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - gate.TimeProvider.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => policy.DefaultRetryAfter,
    };

    private async Task<HttpResponseMessage> SendAsync(string method, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MethodKey, method);
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
            throw Fail(method, "connection_failed");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(method, "timeout");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<JsonObject> ReadAsync(string method, HttpResponseMessage response, bool requireJson, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var json = TryParse(text);
        var status = (int)response.StatusCode;
        if (json?["ok"] is JsonValue okValue && okValue.TryGetValue<bool>(out var ok) && !ok)
        {
            var error = json["error"] is JsonValue e && e.TryGetValue<string>(out var code) ? code : $"http_{status}";
            throw Fail(method, error, ScopeDetail(json));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Fail(method, $"http_{status}");
        }

        if (json is null && requireJson)
        {
            throw Fail(method, "invalid_response", "not a JSON object");
        }

        if (requireJson && !(json!["ok"] is JsonValue v && v.TryGetValue<bool>(out var isOk) && isOk))
        {
            throw Fail(method, "invalid_response", "no ok");
        }

        return json ?? [];
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ScopeDetail(JsonObject json)
    {
        var needed = json["needed"]?.ToString();
        var provided = json["provided"]?.ToString();
        return needed is null && provided is null ? null : $"needed: {needed ?? "?"}; provided: {provided ?? "?"}";
    }

    private static string Required(string method, JsonObject answer, string name) =>
        answer[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new SlackApiException(method, "invalid_response", $"no {name}");

    private SlackApiException Fail(string method, string error, string? detail = null)
    {
        LogFailed(logger, method, error);
        return new SlackApiException(method, error, detail);
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildTransientPipeline(TimeProvider timeProvider, SlackApiPolicy policy, ILogger logger)
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
                    args.Context.Properties.TryGetValue(MethodKey, out var method)
                    && SlackMethods.IsIdempotent(method)
                    && IsTransient(args.Outcome, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    LogRetrying(logger, args.Context.Properties.GetValue(MethodKey, "?"), args.AttemptNumber + 1);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} rate-limited: retry after {Seconds}s (attempt {Attempt})")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} transient failure: retry {Retry}")]
    private static partial void LogRetrying(ILogger logger, string method, int retry);
}
