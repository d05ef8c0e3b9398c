using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Odp.Engine.Catalog.Sync;

/// <summary>A content hash of a dataset, so an incremental sync can tell which datasets changed.</summary>
public static class DatasetHash
{
    public static string Of(Dataset dataset)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new
        {
            dataset.Name,
            dataset.Description,
            dataset.Owners,
            dataset.Tags,
            dataset.Domain,
            dataset.Columns,
        });
        return Convert.ToHexString(SHA256.HashData(json));
    }
}
