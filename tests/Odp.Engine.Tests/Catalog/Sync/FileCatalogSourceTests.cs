using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Engine.Tests.Catalog.Sync;

/// <summary>The catalog file as a sync source: read in file order, stamped by its bytes, parsed once per content.</summary>
public sealed class FileCatalogSourceTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "odp-catalog-" + Guid.NewGuid().ToString("N") + ".yaml");
    private readonly ListLogger<FileCatalogSource> log = new();

    public FileCatalogSourceTests() => File.Copy(RepoPaths.DemoCatalog, file);

    public void Dispose() => File.Delete(file);

    private FileCatalogSource Source(string path) => new(Options.Create(new CatalogOptions { File = path }), TimeProvider.System, log);

    private int Parses => log.Entries.Count(e => e.Message.StartsWith("Read the catalog file", StringComparison.Ordinal));

    private static async Task<List<Dataset>> ReadAll(ICatalogSource source)
    {
        var read = new List<Dataset>();
        await foreach (var dataset in source.ReadAsync(CancellationToken.None)) read.Add(dataset);
        return read;
    }

    [Fact]
    public async Task ReadAsync_DemoCatalog_YieldsEveryDatasetInFileOrder()
    {
        var source = Source(RepoPaths.DemoCatalog);
        var expected = FileCatalog.Load(RepoPaths.DemoCatalog).Datasets.Select(d => d.Name);

        var names = (await ReadAll(source)).Select(d => d.Name);

        Assert.Equal(expected, names);
        Assert.Equal("file", source.Name);
        Assert.Equal(CatalogFile.ContentHashOf(RepoPaths.DemoCatalog), source.ReadStamp);
    }

    [Fact]
    public async Task ReadAsync_AfterLoadOfTheSameBytes_UsesThatParse()
    {
        var source = Source(file);
        var loaded = source.Load();

        var read = await ReadAll(source);
        await ReadAll(source);

        Assert.Equal(loaded.Datasets, read);
        Assert.Equal(2, Parses);
        Assert.Contains(log.Entries, e => e.Message.Contains($"{loaded.Datasets.Count} datasets in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_FileEditedAfterLoad_ReadsTheEdit()
    {
        var source = Source(file);
        var loaded = source.Load();
        await File.AppendAllTextAsync(file, "  - {name: lake.sales.added_later, description: Added., owners: [user:bob], domain: Sales}\n");

        var read = await ReadAll(source);

        Assert.Equal(loaded.Datasets.Count + 1, read.Count);
        Assert.Equal("lake.sales.added_later", read[^1].Name);
        Assert.NotEqual(loaded.ContentHash, source.ReadStamp);
        Assert.Equal(2, Parses);
    }

    [Fact]
    public async Task UnchangedSinceAsync_SameBytesThenAnEdit_TrueThenFalseWithoutParsing()
    {
        var source = Source(file);
        await ReadAll(source);
        var stamp = source.ReadStamp!;

        var before = await source.UnchangedSinceAsync(stamp, CancellationToken.None);
        await File.AppendAllTextAsync(file, "# a comment is an edit too\n");
        var after = await source.UnchangedSinceAsync(stamp, CancellationToken.None);

        Assert.True(before);
        Assert.False(after);
        Assert.Equal(1, Parses);
    }
}
