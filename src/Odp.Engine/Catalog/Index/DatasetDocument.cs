using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Turns a dataset into its Lucene document and back. An instance reuses its field objects from one document to the
/// next (one instance per indexing thread; a document must be added before the next is built). Each field has one
/// instance per document, fed with tokens split once by <see cref="IndexedDataset"/>; the dataset itself is stored
/// as JSON, and its content hash and sort key are doc values, read by <see cref="LuceneCatalogIndex.HashesAsync"/>.
/// </summary>
internal sealed class DatasetDocument
{
    private readonly SortedDocValuesField nameSort = new(CatalogFields.NameSort, new BytesRef());
    private readonly NumericDocValuesField hash = new(CatalogFields.Hash, 0);
    private readonly StoredField json = new(CatalogFields.Json, new BytesRef());
    private readonly TokenListField nameTokens = new(CatalogFields.NameTokens, positions: true);
    private readonly TokenListField tags = new(CatalogFields.Tags, positions: true);
    private readonly TokenListField columns = new(CatalogFields.Columns, positions: true);
    private readonly TokenListField description = new(CatalogFields.Description, positions: true);
    private readonly TokenListField columnDescriptions = new(CatalogFields.ColumnDescriptions, positions: true);
    private readonly TokenListField all = new(CatalogFields.All, positions: false);
    private readonly TokenListField keys = new(CatalogFields.Keys, positions: false);
    private readonly TokenListField filters = new(CatalogFields.Filters, positions: false);
    private readonly TokenListField vocabulary = new(CatalogFields.Vocabulary, positions: false);
    private readonly HashSet<string> distinct = new(StringComparer.Ordinal);
    private readonly Document document = [];

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    public static Term KeyTerm(string name) => CatalogFields.Term(CatalogFields.NameKey, Key(name));

    public static Dataset Read(Document doc)
    {
        var json = doc.GetBinaryValue(CatalogFields.Json);
        return DatasetJson.Deserialize(json.Bytes.AsSpan(json.Offset, json.Length));
    }

    /// <summary>The document for <paramref name="dataset"/>, valid until the next call.</summary>
    public Document Create(Dataset dataset)
    {
        var entry = new IndexedDataset(dataset);
        var name = entry.QualifiedName;
        var serialized = DatasetJson.Serialize(dataset);
        nameSort.SetBytesValue(new BytesRef(SortKey(dataset.Name)));
        hash.SetInt64Value(DatasetHash.OfJson(serialized));
        json.SetBytesValue(new BytesRef(serialized));
        var doc = document;
        doc.Fields.Clear();
        foreach (var field in (Field[])[nameSort, hash, json]) doc.Add(field);

        Fill(nameTokens, [entry.NameTokens]);
        Fill(tags, entry.TagTokens);
        Fill(columns, entry.ColumnTokens);
        Fill(description, [entry.DescriptionTokens]);
        Fill(columnDescriptions, entry.ColumnDescriptionTokens);
        Words(all, entry.NameTokens
            .Concat(entry.TagTokens.SelectMany(t => t))
            .Concat(entry.ColumnTokens.SelectMany(t => t))
            .Concat(entry.DescriptionTokens)
            .Concat(entry.ColumnDescriptionTokens.SelectMany(t => t)));
        Words(keys, [
            CatalogFields.NameKey + Key(dataset.Name),
            CatalogFields.SchemaTable + Key($"{name.Schema}.{name.Table}"),
            CatalogFields.Table + Key(name.Table),
        ]);
        Words(filters, [
            CatalogFields.Domain + Key(dataset.Domain),
            CatalogFields.Catalog + Key(name.Catalog),
            .. dataset.Tags.Select(t => CatalogFields.Tag + Key(t)),
            .. dataset.Owners.Select(o => CatalogFields.Owner + Key(o)),
            .. dataset.Owners.Select(o => OwnerReference.TryParse(o, out var parsed) ? CatalogFields.OwnerId + Key(parsed.Id) : null),
        ]);
        Words(vocabulary, entry.Vocabulary.Where(w => w.Length >= 3));
        foreach (var field in (TokenListField[])[keys, filters, nameTokens, tags, columns, description, columnDescriptions, all, vocabulary])
        {
            if (!field.IsEmpty) doc.Add(field.Field);
        }

        return doc;
    }

    /// <summary>The name back from its <see cref="SortKey"/> (upper-casing keeps the length).</summary>
    public static string NameOf(string sortKey) => sortKey[((sortKey.Length + 1) / 2)..];

    /// <summary>Case-insensitive first, then ordinal: the file catalog's name order, as bytes.</summary>
    private static string SortKey(string name) => $"{name.ToUpperInvariant()}\u0001{name}";

    private static void Fill(TokenListField field, IEnumerable<IReadOnlyList<string>> values)
    {
        field.Clear();
        foreach (var value in values) field.AddValue(value);
    }

    private void Words(TokenListField field, IEnumerable<string?> words)
    {
        field.Clear();
        distinct.Clear();
        foreach (var word in words)
        {
            if (!string.IsNullOrEmpty(word) && distinct.Add(word)) field.AddToken(word);
        }
    }
}
