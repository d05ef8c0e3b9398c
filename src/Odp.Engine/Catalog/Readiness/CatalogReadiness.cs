using System.Globalization;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Errors;

namespace Odp.Engine.Catalog.Readiness;

/// <summary>
/// Whether the catalog can answer yet. With only the catalog file it can at once: the index gets the file when it
/// opens (and <c>memory</c> mode is the file). With a source outside OpenDataPlane (OpenMetadata, Trino discovery) it
/// can at once too when the index kept the mark of a complete sync that read every one of those sources
/// (<see cref="ICatalogIndex.LastSync"/>, e.g. before a restart): it holds that sync's result. Otherwise (a new or
/// rebuilt index, a source added since) it can once the process's first <see cref="CatalogSync"/> has ended, which
/// feeds this state as it goes; until then searches and <c>show</c> get <see cref="ThrowIfLoading"/>'s kind answer
/// instead of "no datasets match". A first sync that fails ends the wait too (<see cref="FirstSyncError"/>): the
/// catalog then answers with what the index holds.
/// </summary>
public sealed class CatalogReadiness
{
    /// <summary>What a caller told "still loading" should wait before asking again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<IProgress<SyncProgress>> watchers = [];
    private SyncProgress? latest;

    public CatalogReadiness(IEnumerable<ICatalogSource> sources, ICatalogIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = [.. sources.OfType<IScheduledCatalogSource>().OfType<ICatalogSource>().Select(s => s.Name)];
        if (index is null || Sources.Count == 0 || index.LastSync?.Covers(Sources) == true) ready.SetResult();
    }

    /// <summary>The sources outside OpenDataPlane the first sync reads (e.g. <c>openmetadata</c>); none means ready from the start.</summary>
    public IReadOnlyList<string> Sources { get; }

    public bool IsReady => ready.Task.IsCompleted;

    /// <summary>Completes when the first sync has ended (at once when there is nothing to wait for).</summary>
    public Task WhenReady => ready.Task;

    /// <summary>The distinct datasets the first sync has read so far; after it, the datasets it ended with.</summary>
    public int Datasets => latest?.Datasets ?? 0;

    /// <summary>Why the first sync failed, when it did; the catalog then answers with what the index held.</summary>
    public string? FirstSyncError { get; private set; }

    /// <summary>The one check a search or <c>show</c> makes before it asks the catalog.</summary>
    /// <exception cref="UnavailableException">The first sync is still running.</exception>
    public void ThrowIfLoading()
    {
        if (IsReady) return;
        throw new UnavailableException(
            string.Create(CultureInfo.InvariantCulture, $"The catalog is still loading ({Datasets:N0} datasets so far). Try again in a moment."),
            RetryAfter);
    }

    /// <summary>
    /// Passes the first sync's progress to <paramref name="progress"/> (starting with where it is now) until the
    /// returned handle is disposed or the sync ends. Reports never overlap.
    /// </summary>
    public IDisposable Watch(IProgress<SyncProgress> progress)
    {
        lock (gate)
        {
            if (IsReady) return new Unwatch(this, null);
            watchers.Add(progress);
            if (latest is not null) progress.Report(latest);
            return new Unwatch(this, progress);
        }
    }

    /// <summary>A sync's progress (<see cref="CatalogSync"/> calls it); only the first sync's is passed on.</summary>
    internal void Report(SyncProgress progress)
    {
        if (IsReady) return;
        lock (gate)
        {
            latest = progress;
            foreach (var watcher in watchers) watcher.Report(progress);
        }
    }

    /// <summary>A sync ended (<paramref name="error"/> null when it succeeded); the first one makes the catalog ready.</summary>
    internal void SyncEnded(int datasets, string? error)
    {
        if (IsReady) return;
        lock (gate)
        {
            latest = (latest ?? new SyncProgress("done", 0, 0)) with { Datasets = datasets };
            FirstSyncError = error;
            watchers.Clear();
            ready.TrySetResult();
        }
    }

    private sealed class Unwatch(CatalogReadiness owner, IProgress<SyncProgress>? progress) : IDisposable
    {
        public void Dispose()
        {
            if (progress is null) return;
            lock (owner.gate) owner.watchers.Remove(progress);
        }
    }
}
