using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Catalog.Sync;

public sealed class FileCatalogSourceTests
{
    [Fact]
    public async Task ReadAsync_DemoCatalog_YieldsEveryDatasetInFileOrder()
    {
        var source = new FileCatalogSource(Options.Create(new CatalogOptions { File = RepoPaths.DemoCatalog }));
        var expected = FileCatalog.Load(RepoPaths.DemoCatalog).Datasets.Select(d => d.Name);

        var names = new List<string>();
        await foreach (var dataset in source.ReadAsync(CancellationToken.None)) names.Add(dataset.Name);

        Assert.Equal(expected, names);
        Assert.Equal("file", source.Name);
    }
}
