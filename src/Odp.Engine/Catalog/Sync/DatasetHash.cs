using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// A content hash of a dataset (64 bits of SHA-256), so a sync can tell which datasets changed. The catalog index
/// stores it with each dataset (hashing the JSON it stores), so the comparison survives restarts.
/// </summary>
public static class DatasetHash
{
    public static string Of(Dataset dataset) => Format(OfJson(DatasetJson.Serialize(dataset)));

    /// <summary>The hash of a dataset already serialized by <see cref="DatasetJson"/>.</summary>
    internal static long OfJson(ReadOnlySpan<byte> json)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, digest);
        return BinaryPrimitives.ReadInt64BigEndian(digest);
    }

    internal static string Format(long hash) => hash.ToString("X16", CultureInfo.InvariantCulture);
}
