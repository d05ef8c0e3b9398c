using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Errors;
using Odp.Engine.Tests.Catalog.Sync;

namespace Odp.Engine.Tests.Catalog.Readiness;

/// <summary>
/// The catalog answers only once it is loaded: at once with local sources, after the first sync with a source outside
/// OpenDataPlane, saying how far it got meanwhile; at once too after a restart that kept an index a complete sync of
/// those sources marked. A new <see cref="CatalogReadiness"/> over the same index is such a restart.
/// </summary>
public sealed class CatalogReadinessTests
{
    private readonly InMemoryCatalogIndex index = new();
    private readonly ListSource file = new("file", [Ds("lake.a.one"), Ds("lake.a.two")]);
    private readonly HeldSource remote = new();

    [Fact]
    public void ThrowIfLoading_OnlyLocalSources_ReadyFromTheStart()
    {
        var readiness = new CatalogReadiness([file], index);

        readiness.ThrowIfLoading();
        Assert.True(readiness.WhenReady.IsCompleted);
        Assert.Empty(readiness.Sources);
    }

    [Fact]
    public void ThrowIfLoading_RemoteSourceButNoIndex_ReadyFromTheStart() =>
        new CatalogReadiness([file, remote]).ThrowIfLoading();

    [Fact]
    public async Task ThrowIfLoading_FirstSyncStillReading_SaysItIsLoadingWithTheCountSoFar()
    {
        var readiness = new CatalogReadiness([file, remote], index);
        var sync = Sync(readiness);

        var running = sync.RunAsync(null, CancellationToken.None);
        await remote.Reading.Task;
        var error = Assert.Throws<UnavailableException>(readiness.ThrowIfLoading);

        Assert.Equal("The catalog is still loading (3 datasets so far). Try again in a moment.", error.Message);
        Assert.Equal(CatalogReadiness.RetryAfter, error.RetryAfter);
        Assert.Equal(["remote"], readiness.Sources);
        remote.Release.SetResult();
        await running;
        readiness.ThrowIfLoading();
        Assert.Equal(4, readiness.Datasets);
        Assert.Null(readiness.FirstSyncError);
    }

    [Fact]
    public async Task WhenReady_FirstSyncFails_ReadyWithTheReason()
    {
        var readiness = new CatalogReadiness([file, remote], index);
        remote.Failure = new CatalogSourceException("remote is down");
        remote.Release.SetResult();

        await Assert.ThrowsAsync<CatalogSourceException>(() => Sync(readiness).RunAsync(null, CancellationToken.None));

        Assert.True(readiness.WhenReady.IsCompleted);
        readiness.ThrowIfLoading();
        Assert.Equal("remote is down", readiness.FirstSyncError);
    }

    [Fact]
    public async Task Watch_DuringTheFirstSync_GetsWhereItIsThenEachStepUntilItEnds()
    {
        var readiness = new CatalogReadiness([file, remote], index);
        var running = Sync(readiness).RunAsync(null, CancellationToken.None);
        await remote.Reading.Task;
        var seen = new List<SyncProgress>();

        using (readiness.Watch(new Recorder(seen)))
        {
            remote.Release.SetResult();
            await running;
        }
        await Sync(readiness).RunAsync(null, CancellationToken.None);

        Assert.Equal(new SyncProgress("reading remote", 1, 0, Datasets: 3), seen[0]);
        Assert.Equal(new SyncProgress("writing", 4, 4, Datasets: 4), seen[^1]);
        Assert.DoesNotContain(seen.Skip(1), p => p == seen[0]);
    }

    [Fact]
    public async Task ThrowIfLoading_RestartAfterACompleteSyncOfTheseSources_ReadyFromTheStart()
    {
        var before = new CatalogReadiness([file, remote], index);
        remote.Release.SetResult();
        await Sync(before).RunAsync(null, CancellationToken.None);

        var restarted = new CatalogReadiness([file, remote], index);

        restarted.ThrowIfLoading();
        Assert.True(restarted.WhenReady.IsCompleted);
        Assert.Equal(["remote"], restarted.Sources);
    }

    [Fact]
    public async Task ThrowIfLoading_RestartWithASourceAddedSinceTheLastCompleteSync_WaitsForTheFirstSync()
    {
        remote.Release.SetResult();
        await Sync(new CatalogReadiness([file, remote], index)).RunAsync(null, CancellationToken.None);
        var added = new HeldSource("trino");

        var restarted = new CatalogReadiness([file, remote, added], index);

        Assert.Throws<UnavailableException>(restarted.ThrowIfLoading);
        Assert.Equal(["remote", "trino"], restarted.Sources);
    }

    [Fact]
    public async Task ThrowIfLoading_RestartAfterAFirstSyncThatFailed_WaitsForTheFirstSync()
    {
        remote.Failure = new CatalogSourceException("remote is down");
        await Assert.ThrowsAsync<CatalogSourceException>(() => Sync(new CatalogReadiness([file, remote], index)).RunAsync(null, CancellationToken.None));

        var restarted = new CatalogReadiness([file, remote], index);

        Assert.Throws<UnavailableException>(restarted.ThrowIfLoading);
    }

    [Fact]
    public async Task ThrowIfLoading_RestartAfterTheIndexWasWrittenSinceTheLastSync_WaitsForTheFirstSync()
    {
        remote.Release.SetResult();
        await Sync(new CatalogReadiness([file, remote], index)).RunAsync(null, CancellationToken.None);
        await index.RemoveAsync(["lake.a.one"], CancellationToken.None);

        var restarted = new CatalogReadiness([file, remote], index);

        Assert.False(restarted.IsReady);
    }

    private CatalogSync Sync(CatalogReadiness readiness) =>
        new([file, remote], index, TimeProvider.System, NullLogger<CatalogSync>.Instance, readiness: readiness);

    private static Dataset Ds(string name) => new(name, "", ["user:bob"], [], "", []);

    private sealed class Recorder(List<SyncProgress> seen) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => seen.Add(value);
    }

    private sealed class ListSource(string name, IReadOnlyList<Dataset> datasets) : ICatalogSource
    {
        public string Name => name;

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var dataset in datasets) yield return dataset;
            await Task.CompletedTask;
        }
    }

    /// <summary>A scheduled source that yields one dataset, then waits for <see cref="Release"/> before its second.</summary>
    private sealed class HeldSource(string name = "remote") : ICatalogSource, IScheduledCatalogSource
    {
        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Failure { get; set; }

        public string Name => name;

        public TimeSpan SyncInterval => TimeSpan.FromHours(1);

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (Failure is not null) throw Failure;
            yield return Ds("lake.b.three");
            Reading.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            yield return Ds("lake.b.four");
        }
    }
}
