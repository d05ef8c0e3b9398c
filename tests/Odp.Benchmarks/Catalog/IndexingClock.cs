using System.Diagnostics;

namespace Odp.Benchmarks.Catalog;

/// <summary>Adds up the wall and process CPU time spent inside index calls, leaving out the synthetic source between them.</summary>
public sealed class IndexingClock(Process process)
{
    public TimeSpan Elapsed { get; private set; }

    public TimeSpan Cpu { get; private set; }

    public async Task TimeAsync(Func<Task> call)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await call();
        Elapsed += Stopwatch.GetElapsedTime(start);
        process.Refresh();
        Cpu += process.TotalProcessorTime - cpu;
    }
}
