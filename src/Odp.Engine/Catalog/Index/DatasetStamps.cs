using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>Reads every live dataset's name and content hash from the <see cref="CatalogFields.Stamp"/> doc values.</summary>
internal static class DatasetStamps
{
    public static Dictionary<string, string> Read(IndexReader reader)
    {
        var stamps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var value = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var values = segment.GetBinaryDocValues(CatalogFields.Stamp);
            if (values is null) continue;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                values.Get(doc, value);
                if (value.Length < DatasetDocument.HashBytes) continue;
                var bytes = value.Bytes.AsSpan(value.Offset, value.Length);
                var name = Encoding.UTF8.GetString(bytes[DatasetDocument.HashBytes..]);
                stamps[name] = Convert.ToHexString(bytes[..DatasetDocument.HashBytes]);
            }
        }

        return stamps;
    }
}
