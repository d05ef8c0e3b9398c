using Lucene.Net.Store;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;

namespace Odp.Engine.Tests.Catalog.Index;

/// <summary>Every <see cref="FileCatalogTests"/> case, run against the Lucene index.</summary>
public sealed class LuceneCatalogIndexSearchTests : FileCatalogTests, IDisposable
{
    private readonly List<LuceneCatalogIndex> opened = [];

    protected override ICatalog Create(IReadOnlyList<Dataset> datasets)
    {
        var index = new LuceneCatalogIndex(new RAMDirectory());
        opened.Add(index);
        index.UpsertAsync([.. datasets], None).GetAwaiter().GetResult();
        return index;
    }

    public void Dispose()
    {
        foreach (var index in opened) index.Dispose();
    }
}
