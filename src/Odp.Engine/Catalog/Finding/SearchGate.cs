using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Errors;

namespace Odp.Engine.Catalog.Finding;

/// <summary>
/// Runs catalog reads a few at a time (<see cref="SearchOptions.Concurrency"/>), each within a deadline
/// (<see cref="SearchOptions.Timeout"/>) that covers waiting for its turn and running: a burst of searches waits
/// without holding threads, and none can keep a caller past the deadline. A search that can't start in time, or is
/// still running at the deadline, is answered with an <see cref="UnavailableException"/> naming the limit.
/// </summary>
public sealed class SearchGate
{
    /// <summary>What a caller told "busy" should wait before asking again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim slots;
    private readonly TimeSpan timeout;
    private readonly TimeProvider time;

    public SearchGate(IOptions<SearchOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        timeout = DurationText.Parse(settings.Timeout);
        var concurrency = settings.Concurrency > 0 ? settings.Concurrency : Environment.ProcessorCount;
        slots = new SemaphoreSlim(concurrency, concurrency);
        this.time = time;
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await slots.WaitAsync(both.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new UnavailableException(
                $"The catalog is busy with other searches and couldn't start yours within {DurationText.Format(timeout)}. Try again in a moment.",
                RetryAfter);
        }

        try
        {
            return await read(both.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new UnavailableException(
                $"Your search took longer than {DurationText.Format(timeout)} and was stopped. Try fewer or more specific words.",
                RetryAfter);
        }
        finally
        {
            slots.Release();
        }
    }
}
