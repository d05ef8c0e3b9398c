using System.Net;
using Polly;
using Polly.Retry;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Retries GETs that fail with a 5xx or a network error, with exponential backoff on the injected clock
/// (<see cref="MaxRetries"/> retries, the first after <see cref="FirstDelay"/>). Other methods are sent once.
/// </summary>
public sealed class ServerErrorRetryHandler(TimeProvider time) : DelegatingHandler
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    private readonly ResiliencePipeline<HttpResponseMessage> retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .HandleResult(r => (int)r.StatusCode >= 500 && r.StatusCode != HttpStatusCode.NotImplemented),
            MaxRetryAttempts = MaxRetries,
            Delay = FirstDelay,
            BackoffType = DelayBackoffType.Exponential,
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        }).Build();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get) return await base.SendAsync(request, cancellationToken);
        return await retry.ExecuteAsync(
            async ct => await base.SendAsync(request, ct),
            cancellationToken);
    }
}
