using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// One backend's Polly v8 pipeline on the injected <see cref="TimeProvider"/> — a retry around a circuit breaker —
/// with its settings and its per-operation <see cref="RateLimitGate"/>. One per backend and service provider, shared
/// by every handler of that backend, so the breaker sees all of its calls.
/// <para>
/// The retry resends a 429 always (the server refused it unprocessed), and a transient status, a timeout or no answer
/// only when <see cref="BackendRequest.MayResend"/>; it waits what <see cref="RetryAfterHeader"/> reads, else
/// <see cref="BackendResilienceOptions.BaseDelay"/> doubling per resend; it never waits more than
/// <see cref="BackendResilienceOptions.MaxDelay"/> nor past <see cref="BackendResilienceOptions.TotalTimeout"/>
/// from the call's start (the last answer is returned instead). The breaker counts 5xx, 408, timeouts and no answer.
/// </para>
/// </summary>
public sealed partial class BackendPipeline
{
    internal static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Odp.Backend.Request");
    internal static readonly ResiliencePropertyKey<long> StartKey = new("Odp.Backend.Start");
    private static readonly ResiliencePropertyKey<TimeSpan> DelayKey = new("Odp.Backend.Delay");

    private readonly ILogger logger;

    public BackendPipeline(BackendProfile profile, BackendResilienceOptions options, TimeProvider time, BackendCallMetrics metrics, ILogger logger)
    {
        Profile = profile;
        Options = options;
        Time = time;
        Metrics = metrics;
        Gate = new RateLimitGate(time);
        this.logger = logger;
        Pipeline = Build();
    }

    public BackendProfile Profile { get; }

    public BackendResilienceOptions Options { get; }

    public TimeProvider Time { get; }

    public BackendCallMetrics Metrics { get; }

    public RateLimitGate Gate { get; }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>How long a failed send asks to wait: its <c>Retry-After</c>, else the backoff for that resend.</summary>
    public TimeSpan WaitAfter(HttpResponseMessage? response, int attemptNumber)
    {
        if (response is not null && RetryAfterHeader.Read(response, Time.GetUtcNow()) is { } asked) return asked;
        var backoff = Options.BaseDelay * Math.Pow(2, Math.Min(attemptNumber, 30));
        return backoff < Options.MaxDelay ? backoff : Options.MaxDelay;
    }

    /// <summary>A failure of the backend itself (not of the request): 5xx, 408, a timeout, or no answer.</summary>
    public static bool IsBackendFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    private ResiliencePipeline<HttpResponseMessage> Build() =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = Time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, Options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldResend(args.Outcome, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(DelayKey, TimeSpan.Zero)),
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } r ? (int)r.StatusCode : (int?)null;
                    Metrics.Record(Profile.Key, BackendCallMetrics.Retried, status);
                    LogResending(logger, Profile.Name, Describe(args.Context), status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? args.Outcome.Exception?.GetType().Name ?? "?",
                        args.AttemptNumber + 2, Options.MaxAttempts, args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = Options.FailureRatio,
                MinimumThroughput = Options.MinimumThroughput,
                SamplingDuration = Options.SamplingDuration,
                BreakDuration = Options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsBackendFailure(args.Outcome)),
                OnOpened = args =>
                {
                    LogOpened(logger, Profile.Name, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private bool ShouldResend(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber)
    {
        if (attemptNumber + 1 >= Options.MaxAttempts || !context.Properties.TryGetValue(RequestKey, out var request)) return false;
        var rateLimited = outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests;
        var transient = outcome switch
        {
            { Exception: HttpRequestException or TimeoutException } => true,
            { Result: { } response } => Profile.TransientStatuses.Contains((int)response.StatusCode),
            _ => false,
        };
        if (!rateLimited && !(transient && BackendRequest.MayResend(request, Profile))) return false;

        var wait = WaitAfter(outcome.Result, attemptNumber);
        var elapsed = Time.GetElapsedTime(context.Properties.GetValue(StartKey, Time.GetTimestamp()));
        if (wait > Options.MaxDelay || elapsed + wait > Options.TotalTimeout)
        {
            LogGivingUp(logger, Profile.Name, Describe(context), wait.TotalSeconds);
            return false;
        }
        context.Properties.Set(DelayKey, wait);
        return true;
    }

    private static string Describe(ResilienceContext context) =>
        context.Properties.TryGetValue(RequestKey, out var request)
            ? BackendRequest.OperationOf(request) ?? request.Method.Method
            : "?";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Backend} {Operation} failed ({Outcome}): send {Attempt} of {MaxAttempts} in {Milliseconds} ms")]
    private static partial void LogResending(ILogger logger, string backend, string operation, string outcome, int attempt, int maxAttempts, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Backend} {Operation} asks to wait {Seconds} s, beyond its bounds: not sent again")]
    private static partial void LogGivingUp(ILogger logger, string backend, string operation, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Backend} keeps failing: calls to it are refused for {Seconds} s (circuit open)")]
    private static partial void LogOpened(ILogger logger, string backend, double seconds);
}
