using Lucene.Net.Index;
using Lucene.Net.Util;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Catalog.Index;

/// <summary>Reads every live dataset's name and content hash from doc values (<see cref="CatalogFields.NameSort"/>, <see cref="CatalogFields.Hash"/>).</summary>
internal static class DatasetStamps
{
    public static Dictionary<string, string> Read(IndexReader reader)
    {
        var stamps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var value = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var names = segment.GetSortedDocValues(CatalogFields.NameSort);
            var hashes = segment.GetNumericDocValues(CatalogFields.Hash);
            if (names is null || hashes is null) continue;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                names.Get(doc, value);
                stamps[DatasetDocument.NameOf(value.Utf8ToString())] = DatasetHash.Format(hashes.Get(doc));
            }
        }

        return stamps;
    }
}
