namespace Odp.Bot.Tests.Api;

/// <summary>
/// Tests that measure the whole process's managed memory: they run alone, after the parallel tests, so no other test's
/// allocations land in their figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "process memory";
}
