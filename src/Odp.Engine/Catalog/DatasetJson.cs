using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Odp.Engine.Catalog;

/// <summary>
/// A dataset as UTF-8 JSON without the computed <see cref="Dataset.QualifiedName"/>: what the catalog index stores,
/// and what <see cref="Sync.DatasetHash"/> hashes, so a stored dataset and its hash come from one serialization.
/// Written by hand (the same bytes System.Text.Json writes for the record, which reads it back), because the index
/// writes a million of them in a full sync.
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

    public static byte[] Serialize(Dataset dataset)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) Write(writer, dataset);
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="dataset"/> and flushes <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Dataset dataset)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(Dataset.Name), dataset.Name);
        writer.WriteString(nameof(Dataset.Description), dataset.Description);
        WriteStrings(writer, nameof(Dataset.Owners), dataset.Owners);
        WriteStrings(writer, nameof(Dataset.Tags), dataset.Tags);
        writer.WriteString(nameof(Dataset.Domain), dataset.Domain);
        writer.WritePropertyName(nameof(Dataset.Columns));
        if (dataset.Columns is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var column in dataset.Columns)
            {
                if (column is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString(nameof(DatasetColumn.Name), column.Name);
                writer.WriteString(nameof(DatasetColumn.Type), column.Type);
                writer.WriteString(nameof(DatasetColumn.Description), column.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    public static Dataset Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Dataset>(json, Options)
        ?? throw new InvalidDataException("A catalog index document holds no dataset.");

    /// <summary>What System.Text.Json writes for the record (the reference <see cref="Write"/> is tested against).</summary>
    internal static byte[] SerializeByReflection(Dataset dataset) => JsonSerializer.SerializeToUtf8Bytes(dataset, Options);

    private static void WriteStrings(Utf8JsonWriter writer, string property, IReadOnlyList<string>? values)
    {
        writer.WritePropertyName(property);
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void DropComputedName(JsonTypeInfo info)
    {
        if (info.Type != typeof(Dataset)) return;
        var computed = info.Properties.FirstOrDefault(p => p.Name == nameof(Dataset.QualifiedName));
        if (computed is not null) info.Properties.Remove(computed);
    }
}
