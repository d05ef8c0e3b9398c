using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Odp.Engine.Catalog.Sync;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The catalog as a Lucene index, ranked like <see cref="FileCatalog"/> (see <see cref="CatalogSearch"/>). Upserts are
/// queued to one indexing thread per core (<see cref="IndexingWorkers"/>) and return once queued; a read waits for what
/// was queued before it, so a search after a write sees it (the searcher is refreshed on the next read, not after
/// every batch, so a large sync builds few segments). Writes are committed by <see cref="CommitAsync"/>, which also
/// reports datasets that could not be indexed, and on dispose. Opened on a folder, the index survives restarts; an
/// index written with another document layout is rebuilt empty. The commit also keeps the last complete sync's
/// <see cref="CatalogSyncMark"/> (<see cref="LastSync"/>) until the next write.
/// </summary>
public sealed class LuceneCatalogIndex : ICatalogIndex, IDisposable
{
    /// <summary>The document layout (<see cref="DatasetDocument"/>), kept in the commit; change it when fields change.</summary>
    public const string Layout = "9";

    /// <summary>How many datasets may wait for the indexing threads (a few sync batches).</summary>
    private const int QueueCapacity = 2_000;

    /// <summary>
    /// After a commit that wrote at least a quarter of the index, its segments are merged down to this many in the
    /// background: a search walks every segment's term dictionaries and allocates per segment, so a full sync's
    /// half-dozen segments make every search slower (see docs/performance.md). Searches go on during the merge.
    /// </summary>
    private const int MergeTo = 2;

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeLock = new();
    private readonly System.Threading.Lock refreshLock = new();
    private readonly IndexingWorkers workers;
    private readonly NameKeys keys;
    private readonly StoredDatasets stored = new();
    private long writes;
    private long committedThrough = -1;
    private long visible;
    private bool disposed;
    private CatalogSyncMark? lastSync;

    public LuceneCatalogIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = CommitData.SameLayout(directory, Layout, out lastSync) ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = 128,
            // Segments are written once as separate files, not copied again into a compound file.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            // A finished merge counts as a write, so the next read moves to the merged segments.
            MergeScheduler = new NotifyingMergeScheduler(() => Interlocked.Increment(ref writes)),
            // A merged segment's postings are read into memory before searches see it (not by the first search after).
            MergedSegmentWarmer = new PostingsWarmer(),
        };
        writer = new IndexWriter(directory, config);
        writer.SetCommitData(CommitData.Of(Layout, lastSync));
        writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, new PostingsSearcherFactory());
        workers = new IndexingWorkers(writer, Environment.ProcessorCount, QueueCapacity);
        keys = WithSearcher(searcher => NameKeys.Of(searcher.IndexReader));
    }

    /// <summary>Opens (or creates) the index in <paramref name="folder"/>.</summary>
    public static LuceneCatalogIndex Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new LuceneCatalogIndex(FSDirectory.Open(folder));
    }

    /// <summary>How many datasets the index holds.</summary>
    internal int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    public Task UpsertAsync(IReadOnlyCollection<Dataset> datasets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        cancellationToken.ThrowIfCancellationRequested();
        var latest = datasets
            .GroupBy(d => DatasetDocument.Key(d.Name), StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        if (latest.FirstOrDefault(d => !DatasetName.TryParse(d.Name, out _)) is { } invalid)
        {
            throw new ArgumentException($"'{invalid.Name}' is not a Trino table name of the form catalog.schema.table; nothing was written.", nameof(datasets));
        }

        Write(() => workers.Enqueue([.. latest.Select(d =>
        {
            // A name the index has never held is added without a delete term (no lookup in every segment).
            var key = DatasetDocument.Key(d.Name);
            return new IndexedWrite(d, key, keys.Add(key));
        })], cancellationToken));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        cancellationToken.ThrowIfCancellationRequested();
        Write(() =>
        {
            workers.WaitFor(workers.LastQueued, cancellationToken);
            writer.DeleteDocuments([.. names.Select(DatasetDocument.KeyTerm)]);
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyCollection<string>> NamesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyCollection<string>>(WithSearcher(s => DatasetStamps.Read(s.IndexReader).Keys.ToList()));
    }

    public Task<IReadOnlyDictionary<string, string>> HashesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(WithSearcher(s => DatasetStamps.Read(s.IndexReader)));
    }

    public CatalogSyncMark? LastSync => Volatile.Read(ref lastSync);

    public Task CommitAsync(CancellationToken cancellationToken) => Commit(null, cancellationToken);

    public Task CommitSyncedAsync(CatalogSyncMark synced, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(synced);
        return Commit(synced, cancellationToken);
    }

    private Task Commit(CatalogSyncMark? synced, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Exception? failure;
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var queued = workers.LastQueued;
            workers.WaitFor(queued, cancellationToken);
            // Every queued dataset is written or failed now: a sync whose writes failed is not recorded as complete.
            failure = workers.TakeFailure();
            if (synced is not null && failure is null && synced != lastSync)
            {
                writer.SetCommitData(CommitData.Of(Layout, synced));
                Volatile.Write(ref lastSync, synced);
            }
            writer.Commit();
            var written = queued - committedThrough;
            committedThrough = queued;
            if (written > 0 && written * 4 >= writer.NumDocs) writer.ForceMerge(MergeTo, doWait: false);
        }

        // Searches see the commit at once, with the new segments' postings already in memory.
        Refresh();

        // Whatever failed is reported once the rest is durable, so one bad dataset does not hold back the others.
        if (failure is not null) throw failure;
        return Task.CompletedTask;
    }

    public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher =>
        {
            var top = searcher.Search(new TermQuery(DatasetDocument.KeyTerm(name ?? "")), 1);
            return top.TotalHits == 0 ? null : stored.Read(searcher.IndexReader, top.ScoreDocs[0].Doc);
        }));
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => CatalogSearch.Run(searcher, stored, query, MaxPostings, cancellationToken)));
    }

    /// <summary>The most postings one search may read (<see cref="CatalogSearch.MaxPostings"/>; lower in tests).</summary>
    internal long MaxPostings { get; init; } = CatalogSearch.MaxPostings;

    /// <summary>How many segments the searches see (after any write or merge so far).</summary>
    internal int SegmentCount => WithSearcher(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Blocks until background merges are done (for tests and the benchmark).</summary>
    internal void WaitForMerges()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        writer.WaitForMerges();
        // The merge may end before its scheduler reports it: make the next read look again.
        Interlocked.Increment(ref writes);
    }

    public void Dispose()
    {
        lock (writeLock)
        {
            if (disposed) return;
            disposed = true;
            workers.Dispose();
            searchers.Dispose();
            writer.Dispose();
            directory.Dispose();
        }
    }

    private void Write(Action change)
    {
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            // The mark will no longer describe the index: the next commit (or dispose) records none.
            if (lastSync is not null)
            {
                writer.SetCommitData(CommitData.Of(Layout, null));
                Volatile.Write(ref lastSync, null);
            }
            change();
            Interlocked.Increment(ref writes);
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Refresh();
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Opens a new searcher when something was written since the current one was opened.</summary>
    private void Refresh()
    {
        if (Volatile.Read(ref visible) >= Volatile.Read(ref writes)) return;
        lock (refreshLock)
        {
            var written = Volatile.Read(ref writes);
            if (visible >= written) return;
            workers.WaitFor(workers.LastQueued);
            searchers.MaybeRefreshBlocking();
            Volatile.Write(ref visible, written);
        }
    }

    /// <summary>Reads every new segment's postings into memory when a searcher is opened, before any search uses it.</summary>
    private sealed class PostingsSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var segment in reader.Leaves) SegmentPostings.Of(segment.AtomicReader);
            return new IndexSearcher(reader);
        }
    }

    private sealed class PostingsWarmer : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => SegmentPostings.Of(reader);
    }
}
