using System.Runtime.InteropServices;

namespace Odp.Benchmarks.Catalog;

/// <summary>
/// The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what one synchronous search costs on its own
/// thread, unaffected by time spent waiting for a core on a busy machine. Null where it is not available.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU time the calling thread has used.</summary>
    public static double NowMs() => TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double ms)
    {
        ms = 0;
        if (!OperatingSystem.IsLinux()) return false;
        if (ClockGetTime(ThreadCpuTimeId, out var time) != 0) return false;
        ms = time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        return true;
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this project; one blittable call does not.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
