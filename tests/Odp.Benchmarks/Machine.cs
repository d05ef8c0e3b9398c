namespace Odp.Benchmarks;

/// <summary>What the figures were taken on: the CPU, the .NET version and how busy the machine was.</summary>
public static class Machine
{
    public static string Describe() => $"{CpuModel()}, {Environment.ProcessorCount} logical CPUs; .NET {Environment.Version}";

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
}
