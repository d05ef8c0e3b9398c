using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Tests.Catalog.Sync;

public sealed class CatalogSyncWorkerTests
{
    private readonly CountingSource source = new();
    private readonly InMemoryCatalogIndex index = new();
    private readonly TimerSignalTimeProvider time = new(new FakeTimeProvider());

    [Fact]
    public async Task ExecuteAsync_OpenMetadataOn_SyncsAtStartAndEveryInterval()
    {
        var worker = Create(new OpenMetadataOptions { Url = "http://om.test", Token = "t", SyncInterval = "1h" });

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
    public async Task ExecuteAsync_OpenMetadataOff_SyncsOnceAtStart()
    {
        var worker = Create(new OpenMetadataOptions());

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!;

        Assert.Equal(1, source.Reads);
    }

    private CatalogSyncWorker Create(OpenMetadataOptions options) => new(
        new CatalogSync([source], index, time, NullLogger<CatalogSync>.Instance),
        Options.Create(options),
        time,
        NullLogger<CatalogSyncWorker>.Instance);

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
