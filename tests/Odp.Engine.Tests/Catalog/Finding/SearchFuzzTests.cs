using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tests.Catalog.Index;

namespace Odp.Engine.Tests.Catalog.Finding;

/// <summary>
/// Generated searches and names against the index (1,500 random datasets): each answers or is refused kindly, never
/// throws anything else, and stays within the per-command budget of issue 13 — 50 ms of CPU and 20 MB allocated.
/// The budget is far above what a search costs (well under a millisecond); the benchmark measures the real figures.
/// </summary>
public sealed class SearchFuzzTests(RandomCatalogFixture catalog) : IClassFixture<RandomCatalogFixture>
{
    private const double CpuBudgetMs = 50;
    private const long AllocationBudget = 20L * 1024 * 1024;

    private readonly FindDatasets find = new(
        catalog.Index,
        new CatalogReadiness([]),
        new YamlDirectory(DirectoryFile.Parse("users:\n  - {id: bob, groups: [owners]}\ngroups:\n  - {id: owners}\n", "directory.yaml")),
        // The gate's deadline is not under test here, and a busy test machine must not trip it.
        new SearchGate(Options.Create(new SearchOptions { Timeout = "1m" }), TimeProvider.System),
        NullLogger<FindDatasets>.Instance);

    [Fact]
    public void SearchAsync_GeneratedText_AnswersOrRefusesWithinTheBudget()
    {
        WarmUp();
        Gen.Select(FuzzText.Search, Gen.Int[1, 3]).Sample((text, page) =>
            Within(() => find.SearchAsync(text, page, 5, CancellationToken.None)), iter: 400);
    }

    [Fact]
    public void ShowAsync_GeneratedName_AnswersOrRefusesWithinTheBudget()
    {
        WarmUp();
        FuzzText.Search.Sample(text => Within(() => find.ShowAsync(text, CancellationToken.None)), iter: 300);
    }

    /// <summary>Compiles the paths first, so the budget measures a search, not the JIT.</summary>
    private void WarmUp()
    {
        foreach (var text in new[] { "", "order", "chrun", "order tag:gold", "\"customer churn\"", "lake.sales.orders", "x y z" })
        {
            find.SearchAsync(text, 1, 5, CancellationToken.None).GetAwaiter().GetResult();
            try
            {
                find.ShowAsync(text, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is NotFoundException or InvalidRequestException)
            {
            }
        }
    }

    /// <summary>Runs one call (they complete without waiting) and checks how it ended and what it cost.</summary>
    private static void Within<T>(Func<Task<T>> call)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpu.NowMs();
        var task = call();
        Assert.True(task.IsCompleted, "a catalog read should complete without waiting");
        cpu = ThreadCpu.NowMs() - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidRequestException or NotFoundException)
        {
            Assert.True(e.Message.Length < 400, $"the message repeats too much: {e.Message.Length} characters");
        }

        Assert.True(cpu <= CpuBudgetMs, $"{cpu:0.0} ms of CPU");
        Assert.True(allocated <= AllocationBudget, $"{allocated:N0} bytes allocated");
    }
}
