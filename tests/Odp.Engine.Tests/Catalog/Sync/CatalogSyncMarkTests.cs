using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Tests.Catalog.Sync;

/// <summary>
/// A complete sync marks the index with its sources and their stamps; a failed one marks nothing; a sync whose sources
/// are all stamped and unchanged since the mark reads nothing. A new <see cref="CatalogSync"/> over the same index is a
/// restart that kept the index.
/// </summary>
public sealed class CatalogSyncMarkTests
{
    private readonly InMemoryCatalogIndex index = new();
    private readonly StampedSource file = new("file", "S1", Ds("lake.a.one"), Ds("lake.a.two"));
    private readonly StampedSource other = new("other", "T1", Ds("lake.b.three"));
    private readonly RemoteSource remote = new();

    [Fact]
    public async Task RunAsync_Completes_MarksTheIndexWithEachSourceAndItsStamp()
    {
        await Sync(file, remote).RunAsync(null, CancellationToken.None);

        Assert.Equal("file@S1 remote", index.LastSync?.Text);
    }

    [Fact]
    public async Task RunAsync_ASourceFails_MarksNothingAndKeepsTheLastCompleteMark()
    {
        remote.Failure = new CatalogSourceException("remote is down");
        await Assert.ThrowsAsync<CatalogSourceException>(() => Sync(file, remote).RunAsync(null, CancellationToken.None));
        Assert.Null(index.LastSync);

        remote.Failure = null;
        await Sync(file, remote).RunAsync(null, CancellationToken.None);
        file.Stamp = "S2";
        remote.Failure = new CatalogSourceException("remote is down");
        await Assert.ThrowsAsync<CatalogSourceException>(() => Sync(file, remote).RunAsync(null, CancellationToken.None));

        Assert.Equal("file@S1 remote", index.LastSync?.Text);
    }

    [Fact]
    public async Task RunAsync_EveryStampedSourceUnchangedSinceTheMark_ReadsNothingAndReportsEveryDatasetUnchanged()
    {
        await Sync(file, other).RunAsync(null, CancellationToken.None);

        var report = await Sync(file, other).RunAsync(null, CancellationToken.None);

        Assert.Equal((1, 1), (file.Reads, other.Reads));
        Assert.Equal((true, 0, 0, 0, 3), (report.Full, report.Added, report.Updated, report.Removed, report.Unchanged));
        Assert.Equal("file@S1 other@T1", index.LastSync?.Text);
    }

    [Fact]
    public async Task RunAsync_OneStampedSourceChanged_ReadsEverySourceAndSyncsTheChange()
    {
        await Sync(file, other).RunAsync(null, CancellationToken.None);
        other.Stamp = "T2";
        other.Datasets[0] = other.Datasets[0] with { Description = "Edited." };

        var report = await Sync(file, other).RunAsync(null, CancellationToken.None);

        Assert.Equal((2, 2), (file.Reads, other.Reads));
        Assert.Equal((0, 1, 2), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal("Edited.", (await index.GetAsync("lake.b.three", CancellationToken.None))?.Description);
        Assert.Equal("file@S1 other@T2", index.LastSync?.Text);
    }

    [Fact]
    public async Task RunAsync_UnstampedSourceOrASourceAddedSince_ReadsEverything()
    {
        await Sync(file).RunAsync(null, CancellationToken.None);

        await Sync(file, other).RunAsync(null, CancellationToken.None);
        await Sync(file, other, remote).RunAsync(null, CancellationToken.None);
        await Sync(file, other, remote).RunAsync(null, CancellationToken.None);

        Assert.Equal(4, file.Reads);
        Assert.Equal(2, remote.Reads);
    }

    [Fact]
    public async Task RunAsync_IndexWrittenSinceTheMark_ReadsAgainAndPutsBackWhatTheSourcesHave()
    {
        await Sync(file).RunAsync(null, CancellationToken.None);
        await index.UpsertAsync([Ds("lake.stray.one")], CancellationToken.None);

        var report = await Sync(file).RunAsync(null, CancellationToken.None);

        Assert.Equal(2, file.Reads);
        Assert.Equal(1, report.Removed);
        Assert.Equal("file@S1", index.LastSync?.Text);
    }

    private CatalogSync Sync(params ICatalogSource[] sources) =>
        new(sources, index, TimeProvider.System, NullLogger<CatalogSync>.Instance);

    private static Dataset Ds(string name) => new(name, "", ["user:bob"], [], "", []);

    /// <summary>A source with a stamp the test sets; counts its reads.</summary>
    private sealed class StampedSource(string name, string stamp, params Dataset[] datasets) : ICatalogSource, IStampedCatalogSource
    {
        public List<Dataset> Datasets { get; } = [.. datasets];

        public string Stamp { get; set; } = stamp;

        public int Reads { get; private set; }

        public string Name => name;

        public string? ReadStamp { get; private set; }

        public Task<bool> UnchangedSinceAsync(string stamp, CancellationToken cancellationToken) => Task.FromResult(stamp == Stamp);

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Reads++;
            ReadStamp = Stamp;
            foreach (var dataset in Datasets) yield return dataset;
            await Task.CompletedTask;
        }
    }

    /// <summary>A scheduled source without a stamp (as OpenMetadata); counts its reads, fails when told to.</summary>
    private sealed class RemoteSource : ICatalogSource, IScheduledCatalogSource
    {
        public Exception? Failure { get; set; }

        public int Reads { get; private set; }

        public string Name => "remote";

        public TimeSpan SyncInterval => TimeSpan.FromHours(1);

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Reads++;
            if (Failure is not null) throw Failure;
            yield return Ds("lake.r.remote");
            await Task.CompletedTask;
        }
    }
}
