using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// The one resilience layer for outbound HTTP: sends each request through its backend's <see cref="BackendPipeline"/>
/// (retry, circuit breaker) and records every send in <see cref="BackendCallMetrics"/>. Before each send it waits
/// while the request's operation is held back by a 429 (<see cref="RateLimitGate"/>) and, on a 429, holds it back.
/// <para>
/// A body is buffered before the first send so it can be sent again intact. A send that takes longer than
/// <see cref="BackendResilienceOptions.AttemptTimeout"/>, or a call longer than
/// <see cref="BackendResilienceOptions.TotalTimeout"/>, ends as <see cref="HttpClient"/>'s own timeout does (a
/// <see cref="TaskCanceledException"/> over a <see cref="TimeoutException"/>); these two count real time, as they
/// bound I/O, while waits between sends and the breaker run on the injected clock. An open circuit throws
/// <see cref="BackendUnavailableException"/> naming the backend. The last answer is returned as it came (a final 429
/// or 503 included); the caller reads it.
/// </para>
/// </summary>
public sealed class BackendResilienceHandler(BackendPipeline backend) : DelegatingHandler
{
    public BackendPipeline Backend { get; } = backend;

    /// <summary>A handler with a pipeline of its own, for clients built by hand (tests, tools, the Kubernetes client).</summary>
    public static BackendResilienceHandler Create(
        string backend, TimeProvider time, BackendResilienceOptions? options = null, BackendCallMetrics? metrics = null, ILogger? logger = null) =>
        new(new BackendPipeline(
            Backends.Profile(backend), options ?? Backends.Defaults(backend), time, metrics ?? BackendCallMetrics.Shared, logger ?? NullLogger.Instance));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } content and not ByteArrayContent) await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);

        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(Backend.Options.TotalTimeout);
        var context = ResilienceContextPool.Shared.Get(total.Token);
        context.Properties.Set(BackendPipeline.RequestKey, request);
        context.Properties.Set(BackendPipeline.StartKey, Backend.Time.GetTimestamp());
        try
        {
            var outcome = await Backend.Pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) => await state.handler.AttemptAsync(state.request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (handler: this, request)).ConfigureAwait(false);
            return Finish(outcome, total, cancellationToken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = BackendRequest.OperationOf(request);
        try
        {
            if (operation is not null) await Backend.Gate.WaitAsync(operation, cancellationToken).ConfigureAwait(false);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(Backend.Options.AttemptTimeout);
            try
            {
                var response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                if (operation is not null && response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Backend.Gate.Block(operation, Backend.WaitAfter(response, 0));
                }
                return Outcome.FromResult(response);
            }
            catch (OperationCanceledException) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Outcome.FromException<HttpResponseMessage>(new TimeoutException(
                    $"{Backend.Profile.Name} did not answer within {Seconds(Backend.Options.AttemptTimeout)} ({Backend.Profile.Section}:AttemptTimeout)."));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Outcome.FromException<HttpResponseMessage>(e);
        }
    }

    private HttpResponseMessage Finish(Outcome<HttpResponseMessage> outcome, CancellationTokenSource total, CancellationToken cancellationToken)
    {
        var key = Backend.Profile.Key;
        switch (outcome.Exception)
        {
            case null:
                var response = outcome.Result!;
                var failed = BackendPipeline.IsBackendFailure(outcome) || response.StatusCode == HttpStatusCode.TooManyRequests;
                Backend.Metrics.Record(key, failed ? BackendCallMetrics.Failure : BackendCallMetrics.Success, (int)response.StatusCode);
                return response;
            case BrokenCircuitException broken:
                Backend.Metrics.Record(key, BackendCallMetrics.BrokenCircuit, null);
                var left = broken.RetryAfter is { } r ? $" for another {Seconds(r)}" : "";
                throw new BackendUnavailableException(Backend.Profile.Name,
                    $"{Backend.Profile.Name} keeps failing, so ODP is not calling it{left} (circuit open; see {Backend.Profile.Section}).", broken);
            case OperationCanceledException when !cancellationToken.IsCancellationRequested && total.IsCancellationRequested:
                Backend.Metrics.Record(key, BackendCallMetrics.Failure, null);
                var message = $"{Backend.Profile.Name} did not answer within {Seconds(Backend.Options.TotalTimeout)} ({Backend.Profile.Section}:TotalTimeout).";
                throw new TaskCanceledException(message, new TimeoutException(message));
            case OperationCanceledException:
                outcome.ThrowIfException();
                return null!;
            case TimeoutException timeout:
                Backend.Metrics.Record(key, BackendCallMetrics.Failure, null);
                throw new TaskCanceledException(timeout.Message, timeout);
            default:
                Backend.Metrics.Record(key, BackendCallMetrics.Failure, null);
                outcome.ThrowIfException();
                return null!;
        }
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
