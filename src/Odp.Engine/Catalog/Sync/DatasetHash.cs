using System.Security.Cryptography;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// A content hash of a dataset, so a sync can tell which datasets changed. The catalog index stores it with each
/// dataset (hashing the JSON it stores), so the comparison survives restarts.
/// </summary>
public static class DatasetHash
{
    public static string Of(Dataset dataset) => Convert.ToHexString(OfJson(DatasetJson.Serialize(dataset)));

    /// <summary>The hash of a dataset already serialized by <see cref="DatasetJson"/>.</summary>
    internal static byte[] OfJson(ReadOnlySpan<byte> json) => SHA256.HashData(json);
}
