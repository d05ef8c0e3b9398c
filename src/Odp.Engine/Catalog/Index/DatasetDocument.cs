using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>Turns a dataset into its Lucene document and back (the dataset itself is stored as JSON).</summary>
internal static class DatasetDocument
{
    // Analyzed with positions (for phrases), without norms: every clause is constant-score.
    private static readonly FieldType Text = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { DropComputedName },
        },
    };

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    public static Term KeyTerm(string name) => new(CatalogFields.NameKey, Key(name));

    public static Document Create(Dataset dataset)
    {
        var name = dataset.QualifiedName;
        var doc = new Document
        {
            new StringField(CatalogFields.Name, dataset.Name, Field.Store.NO),
            new StringField(CatalogFields.NameKey, Key(dataset.Name), Field.Store.NO),
            new StringField(CatalogFields.SchemaTable, Key($"{name.Schema}.{name.Table}"), Field.Store.NO),
            new StringField(CatalogFields.Table, Key(name.Table), Field.Store.NO),
            new SortedDocValuesField(CatalogFields.NameSort, new BytesRef(SortKey(dataset.Name))),
            new Field(CatalogFields.NameTokens, dataset.Name, Text),
            new Field(CatalogFields.Description, dataset.Description, Text),
            new StringField(CatalogFields.Domain, Key(dataset.Domain), Field.Store.NO),
            new StringField(CatalogFields.Catalog, Key(name.Catalog), Field.Store.NO),
            new StoredField(CatalogFields.Json, JsonSerializer.Serialize(dataset, JsonOptions)),
        };

        foreach (var tag in dataset.Tags.Append(dataset.Domain))
        {
            doc.Add(new Field(CatalogFields.Tags, tag, Text));
        }

        foreach (var tag in dataset.Tags) doc.Add(new StringField(CatalogFields.Tag, Key(tag), Field.Store.NO));
        foreach (var column in dataset.Columns)
        {
            doc.Add(new Field(CatalogFields.Columns, column.Name, Text));
            doc.Add(new Field(CatalogFields.ColumnDescriptions, column.Description, Text));
        }

        foreach (var owner in dataset.Owners)
        {
            doc.Add(new StringField(CatalogFields.Owner, Key(owner), Field.Store.NO));
            if (OwnerReference.TryParse(owner, out var parsed))
            {
                doc.Add(new StringField(CatalogFields.OwnerId, Key(parsed.Id), Field.Store.NO));
            }
        }

        foreach (var word in new IndexedDataset(dataset).Vocabulary.Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(CatalogFields.Vocabulary, word, Field.Store.NO));
        }

        return doc;
    }

    public static Dataset Read(Document doc) =>
        JsonSerializer.Deserialize<Dataset>(doc.Get(CatalogFields.Json), JsonOptions)
        ?? throw new InvalidDataException("A catalog index document holds no dataset.");

    /// <summary>Case-insensitive first, then ordinal: the file catalog's name order, as bytes.</summary>
    private static string SortKey(string name) => $"{name.ToUpperInvariant()}\u0001{name}";

    private static void DropComputedName(JsonTypeInfo info)
    {
        if (info.Type != typeof(Dataset)) return;
        var computed = info.Properties.FirstOrDefault(p => p.Name == nameof(Dataset.QualifiedName));
        if (computed is not null) info.Properties.Remove(computed);
    }
}
