using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// The YAML catalog file (<c>Odp:Catalog:File</c>), re-read on every sync so edits are picked up. Its stamp is the
/// SHA-256 of its bytes (<see cref="CatalogFile.ContentHash"/>), so a file unchanged since the last complete sync is
/// not parsed again when nothing else needs it. What <see cref="Load"/> parsed when the index opened is kept for the
/// next read of the same bytes, so a start parses the file at most once; that read, or a check that finds the file
/// unchanged (the index then holds it already), lets it go. Each parse is logged with its duration.
/// </summary>
public sealed class FileCatalogSource(IOptions<CatalogOptions> options, TimeProvider time, ILogger<FileCatalogSource> logger)
    : ICatalogSource, IStampedCatalogSource
{
    public const string SourceName = "file";

    private readonly Lock gate = new();
    private CatalogFile? kept;

    public string Name => SourceName;

    public string? ReadStamp { get; private set; }

    /// <summary>Reads and validates the file now, and keeps what it found for the next read of the same bytes.</summary>
    /// <exception cref="CatalogFileException">The YAML is malformed or an entry is invalid.</exception>
    internal CatalogFile Load()
    {
        var file = Parse();
        lock (gate) kept = file;
        return file;
    }

    /// <summary>Whether the file's bytes still have <paramref name="stamp"/> as their hash (no parse).</summary>
    internal bool IsUnchangedSince(string stamp)
    {
        if (CatalogFile.ContentHashOf(options.Value.File) != stamp) return false;
        // The index holds what that stamp read: a parse kept for the next read is not needed.
        lock (gate) kept = null;
        return true;
    }

    public Task<bool> UnchangedSinceAsync(string stamp, CancellationToken cancellationToken) =>
        Task.Run(() => IsUnchangedSince(stamp), cancellationToken);

    public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = await Task.Run(Take, cancellationToken);
        ReadStamp = file.ContentHash;
        foreach (var dataset in file.Datasets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return dataset;
        }
    }

    /// <summary>The kept parse when the file still has its bytes, else a new parse.</summary>
    private CatalogFile Take()
    {
        CatalogFile? held;
        lock (gate) (held, kept) = (kept, null);
        return held is not null && CatalogFile.ContentHashOf(options.Value.File) == held.ContentHash ? held : Parse();
    }

    private CatalogFile Parse()
    {
        var started = time.GetTimestamp();
        var file = CatalogFile.Load(options.Value.File);
        logger.LogInformation("Read the catalog file {File}: {Datasets} datasets in {Elapsed}.", file.Path, file.Datasets.Count, time.GetElapsedTime(started));
        return file;
    }
}
