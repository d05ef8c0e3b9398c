using System.Runtime.InteropServices;

namespace Odp.Engine.Tests.Catalog.Finding;

/// <summary>The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), unaffected by waiting for a core.</summary>
public static class ThreadCpu
{
    /// <summary>Milliseconds of CPU the calling thread has used; 0 where the clock is not available.</summary>
    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var time) != 0) return 0;
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

#pragma warning disable SYSLIB1054 // one blittable call; LibraryImport would need unsafe code here
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
