using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Tests.Catalog.Sync;

public sealed class CatalogSyncWorkerTests
{
    private readonly CountingSource source = new();
    private readonly InMemoryCatalogIndex index = new();
    private readonly TimerSignalTimeProvider time = new(new FakeTimeProvider());

    [Fact]
    public async Task ExecuteAsync_ScheduledSource_SyncsAtStartAndEveryInterval()
    {
        var worker = Create(TimeSpan.FromHours(1));

        await worker.StartAsync(CancellationToken.None);
        await time.WaitForTimerAsync();
        Assert.Equal(1, source.Reads);
        Assert.NotNull(await index.GetAsync("hive.sales.orders", CancellationToken.None));

        time.Advance(TimeSpan.FromHours(1));
        await time.WaitForTimerAsync();
        Assert.Equal(2, source.Reads);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_TwoScheduledSources_SyncsAtTheShorterInterval()
    {
        var worker = Create(TimeSpan.FromHours(1), TimeSpan.FromMinutes(10));

        await worker.StartAsync(CancellationToken.None);
        await time.WaitForTimerAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        await time.WaitForTimerAsync();

        Assert.Equal(2, source.Reads);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_OnlyLocalSources_SyncsOnceAtStart()
    {
        var worker = Create();

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!;

        Assert.Equal(1, source.Reads);
    }

    /// <summary>A worker over <see cref="source"/> (local) plus empty sources that only bring these intervals.</summary>
    private CatalogSyncWorker Create(params TimeSpan[] intervals)
    {
        ICatalogSource[] sources = [source, .. intervals.Select(i => new ScheduleOnly(i))];
        return new(new CatalogSync(sources, index, time, NullLogger<CatalogSync>.Instance), sources, time, NullLogger<CatalogSyncWorker>.Instance);
    }

    private sealed class ScheduleOnly(TimeSpan interval) : ICatalogSource, IScheduledCatalogSource
    {
        public string Name => "scheduled";

        public TimeSpan SyncInterval => interval;

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }
    }

    private sealed class CountingSource : ICatalogSource
    {
        private int reads;

        public int Reads => reads;

        public string Name => "counting";

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref reads);
            yield return new Dataset("hive.sales.orders", "Orders.", [], [], "", []);
            await Task.CompletedTask;
        }
    }
}
