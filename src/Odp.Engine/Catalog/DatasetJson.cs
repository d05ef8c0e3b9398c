using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Odp.Engine.Catalog;

/// <summary>
/// A dataset as UTF-8 JSON without the computed <see cref="Dataset.QualifiedName"/>: what the catalog index stores,
/// and what <see cref="Sync.DatasetHash"/> hashes, so a stored dataset and its hash come from one serialization.
/// </summary>
internal static class DatasetJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { DropComputedName },
        },
    };

    public static byte[] Serialize(Dataset dataset) => JsonSerializer.SerializeToUtf8Bytes(dataset, Options);

    public static Dataset Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Dataset>(json, Options)
        ?? throw new InvalidDataException("A catalog index document holds no dataset.");

    private static void DropComputedName(JsonTypeInfo info)
    {
        if (info.Type != typeof(Dataset)) return;
        var computed = info.Properties.FirstOrDefault(p => p.Name == nameof(Dataset.QualifiedName));
        if (computed is not null) info.Properties.Remove(computed);
    }
}
