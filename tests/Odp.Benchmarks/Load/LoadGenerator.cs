using System.Diagnostics;
using System.Net;

namespace Odp.Benchmarks.Load;

/// <summary>
/// A closed-loop load generator: <c>N</c> workers share one <see cref="HttpClient"/> with at most <c>N</c> keep-alive
/// connections; each sends a request, reads the whole response, and sends the next. Requests during the warm-up
/// are not counted; a request counts when it both started and finished inside the measured window.
/// </summary>
public sealed class LoadGenerator(AckSettings settings)
{
    private const int Capacity = 1 << 22; // 4M latencies: far above what 2 cores serve in a measured window

    /// <param name="serverCpu">The server's CPU time so far, sampled when the measured window opens and closes.</param>
    public async Task<LoadResult> RunAsync(
        string target, Func<long, HttpRequestMessage> request, Func<HttpResponseMessage, string, string?> check, Func<TimeSpan>? serverCpu = null)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = settings.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        // One checked request first: a target that answers wrongly must not be measured at all.
        using (var first = await client.SendAsync(request(-1)))
        {
            var body = await first.Content.ReadAsStringAsync();
            if (check(first, body) is { } problem) return LoadResult.NotMeasured(target, $"wrong answer: {problem}");
        }

        var latencies = new LatencyRecorder(Capacity);
        long errors = 0, sequence = 0;
        var measureFrom = Stopwatch.GetTimestamp() + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(settings.Measure.TotalSeconds * Stopwatch.Frequency);
        var buffer = new byte[settings.Concurrency][];

        async Task WorkerAsync(int worker)
        {
            var sink = buffer[worker] = new byte[16 * 1024];
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= measureTo) return;
                var ok = false;
                try
                {
                    using var message = request(Interlocked.Increment(ref sequence));
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                    await using var stream = await response.Content.ReadAsStreamAsync();
                    while (await stream.ReadAsync(sink) > 0) { }
                    ok = response.IsSuccessStatusCode;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                var end = Stopwatch.GetTimestamp();
                if (start < measureFrom || end > measureTo) continue;
                if (ok) latencies.Record(end - start);
                else Interlocked.Increment(ref errors);
            }
        }

        var workers = Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(w => Task.Run(() => WorkerAsync(w))));
        await Task.Delay(settings.Warmup);
        var cpuBefore = serverCpu?.Invoke();
        await workers;
        var cpuUsed = serverCpu?.Invoke() - cpuBefore;
        var (p50, p99) = latencies.Percentiles(0.50, 0.99) is [var a, var b] ? (a, b) : (double.NaN, double.NaN);
        var note = latencies.Count > latencies.Stored ? $"percentiles from the first {latencies.Stored} of {latencies.Count}" : null;
        return new LoadResult(target, latencies.Count / settings.Measure.TotalSeconds, p50, p99, latencies.Count, errors, Interlocked.Read(ref sequence) + 1, note)
        {
            ServerCpuMicroseconds = cpuUsed is { } cpu && latencies.Count > 0 ? cpu.TotalMicroseconds / latencies.Count : null,
        };
    }
}
