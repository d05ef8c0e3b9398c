using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Writes datasets into the <see cref="IndexWriter"/> on one dedicated thread per core, fed from one bounded queue.
/// The caller goes on (reading the next batch) while documents are built and inverted, and a thread that stops for
/// seconds to flush a segment holds up only itself, not a whole batch. Each queued dataset gets a sequence number;
/// <see cref="WaitFor"/> returns once everything up to one is in the writer, so a read sees what was queued before
/// it. A name still in flight is queued again only after it is written, so two versions of a dataset land in order.
/// A dataset that fails does not stop the others: failures are kept for <see cref="TakeFailure"/>.
/// </summary>
internal sealed class IndexingWorkers : IDisposable
{
    /// <summary>How many queued datasets a thread takes at once.</summary>
    private const int Chunk = 32;

    private readonly IndexWriter writer;
    private readonly int capacity;
    private readonly object gate = new();
    private readonly Queue<Item> queue = new();
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);
    private readonly long[] working;
    private readonly Thread[] threads;
    private long next;
    private int watchers;
    private bool waitingForRoom;
    private bool closed;
    private int failures;
    private string? failedName;
    private Exception? failure;

    /// <param name="capacity">How many datasets may wait in the queue before <see cref="Enqueue"/> blocks.</param>
    public IndexingWorkers(IndexWriter writer, int threadCount, int capacity)
    {
        this.writer = writer;
        this.capacity = Math.Max(Chunk, capacity);
        working = [.. Enumerable.Repeat(long.MaxValue, threadCount)];
        threads = [.. Enumerable.Range(0, threadCount).Select(i => new Thread(() => Run(i))
        {
            IsBackground = true,
            Name = $"odp-catalog-index-{i}",
        })];
        foreach (var thread in threads) thread.Start();
    }

    /// <summary>The sequence number of the last dataset queued (-1 before the first).</summary>
    public long LastQueued
    {
        get
        {
            lock (gate) return next - 1;
        }
    }

    /// <summary>Queues the datasets (keys already unique within the call); blocks while the queue is full.</summary>
    public void Enqueue(IReadOnlyList<IndexedWrite> writes, CancellationToken cancellationToken)
    {
        using var wake = cancellationToken.Register(Wake);
        lock (gate)
        {
            if (writes.Any(w => inFlight.Contains(w.Key))) WaitForLocked(next - 1, cancellationToken);
            foreach (var write in writes)
            {
                while (queue.Count >= capacity)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    waitingForRoom = true;
                    Monitor.PulseAll(gate);
                    Monitor.Wait(gate);
                }

                queue.Enqueue(new Item(write, next++));
                inFlight.Add(write.Key);
            }

            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Blocks until every dataset up to <paramref name="sequence"/> is in the writer.</summary>
    public void WaitFor(long sequence, CancellationToken cancellationToken = default)
    {
        using var wake = cancellationToken.Register(Wake);
        lock (gate) WaitForLocked(sequence, cancellationToken);
    }

    /// <summary>What failed since the last call (null when nothing did), as one exception naming the first dataset.</summary>
    public Exception? TakeFailure()
    {
        lock (gate)
        {
            if (failure is null) return null;
            var taken = new InvalidOperationException(
                $"{failures} dataset(s) could not be indexed; the first was '{failedName}': {failure.Message}", failure);
            (failure, failedName, failures) = (null, null, 0);
            return taken;
        }
    }

    /// <summary>Writes what is queued, then stops the threads.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            closed = true;
            Monitor.PulseAll(gate);
        }

        foreach (var thread in threads) thread.Join();
    }

    private void WaitForLocked(long sequence, CancellationToken cancellationToken)
    {
        watchers++;
        try
        {
            while (Watermark() <= sequence)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(gate);
            }
        }
        finally
        {
            watchers--;
        }
    }

    /// <summary>Every dataset numbered below this is in the writer.</summary>
    private long Watermark()
    {
        var low = queue.Count > 0 ? queue.Peek().Sequence : next;
        foreach (var sequence in working) low = Math.Min(low, sequence);
        return low;
    }

    private void Wake()
    {
        lock (gate) Monitor.PulseAll(gate);
    }

    private void Run(int slot)
    {
        var document = new DatasetDocument();
        var chunk = new List<Item>(Chunk);
        while (true)
        {
            lock (gate)
            {
                while (queue.Count == 0 && !closed) Monitor.Wait(gate);
                if (queue.Count == 0) return;
                while (chunk.Count < Chunk && queue.Count > 0) chunk.Add(queue.Dequeue());
                working[slot] = chunk[0].Sequence;
                if (waitingForRoom && queue.Count <= capacity / 2)
                {
                    waitingForRoom = false;
                    Monitor.PulseAll(gate);
                }
            }

            foreach (var item in chunk) Write(document, item.Write);

            lock (gate)
            {
                working[slot] = long.MaxValue;
                foreach (var item in chunk) inFlight.Remove(item.Write.Key);
                if (watchers > 0 || waitingForRoom) Monitor.PulseAll(gate);
            }

            chunk.Clear();
        }
    }

    private void Write(DatasetDocument document, IndexedWrite write)
    {
        try
        {
            var doc = document.Create(write.Dataset);
            if (write.Added) writer.AddDocument(doc);
            else writer.UpdateDocument(DatasetDocument.KeyTerm(write.Dataset.Name), doc);
        }
        catch (Exception e)
        {
            lock (gate)
            {
                if (failures++ == 0) (failure, failedName) = (e, write.Dataset.Name);
            }
        }
    }

    private readonly record struct Item(IndexedWrite Write, long Sequence);
}
