using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Catalog.Sync;

/// <summary>The YAML catalog file (<c>Odp:Catalog:File</c>), re-read on every sync so edits are picked up.</summary>
public sealed class FileCatalogSource(IOptions<CatalogOptions> options) : ICatalogSource
{
    public string Name => "file";

    public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var catalog = await Task.Run(() => FileCatalog.Load(options.Value.File), cancellationToken);
        foreach (var dataset in catalog.Datasets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return dataset;
        }
    }
}
