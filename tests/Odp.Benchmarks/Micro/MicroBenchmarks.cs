using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Odp.Benchmarks.Micro;

/// <summary>
/// The pieces of the ack path on their own, with BenchmarkDotNet: a short in-process job (no separate build), memory
/// diagnoser on. Any BenchmarkDotNet arguments pass through, e.g. <c>micro --filter *Signature*</c>; with none, all run.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default);
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly);
        var summaries = args.Length == 0 ? switcher.RunAll(config) : switcher.Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
