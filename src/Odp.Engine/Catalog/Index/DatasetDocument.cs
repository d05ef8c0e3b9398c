using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Turns a dataset into its Lucene document and back. An instance reuses its field objects, buffers and word pool
/// from one document to the next (one instance per indexing thread; a document must be added before the next is
/// built). Each field has one instance per document, fed with tokens split once; the dataset itself is stored as
/// JSON, and its content hash and sort key are doc values, read by <see cref="LuceneCatalogIndex.HashesAsync"/>.
/// </summary>
internal sealed class DatasetDocument
{
    private readonly BytesRef sortKey = new(new byte[256]);
    private readonly BytesRef stored = new(new byte[1024]);
    private readonly SortedDocValuesField nameSort;
    private readonly NumericDocValuesField hash = new(CatalogFields.Hash, 0);
    private readonly StoredField json;
    private readonly TokenListField nameTokens = new(CatalogFields.NameTokens, positions: true);
    private readonly TokenListField tags = new(CatalogFields.Tags, positions: true);
    private readonly TokenListField columns = new(CatalogFields.Columns, positions: true);
    private readonly TokenListField description = new(CatalogFields.Description, positions: true);
    private readonly TokenListField columnDescriptions = new(CatalogFields.ColumnDescriptions, positions: true);
    private readonly TokenListField keys = new(CatalogFields.Keys, positions: false);
    private readonly TokenListField filters = new(CatalogFields.Filters, positions: false);
    private readonly TokenListField vocabulary = new(CatalogFields.Vocabulary, positions: false);
    private readonly TokenListField pairs = new(CatalogFields.Pairs, positions: false);
    private readonly HashSet<string> inPairs = new(PooledWords.Instance);
    private readonly TokenPool pool = new();
    private readonly List<string> value = [];
    private readonly HashSet<string> inVocabulary = new(PooledWords.Instance);
    private readonly HashSet<string> inFilters = new(StringComparer.Ordinal);
    private readonly MemoryStream jsonBuffer = new();
    private readonly Utf8JsonWriter jsonWriter;
    private readonly Document document = [];
    private readonly TokenListField[] indexed;

    public DatasetDocument()
    {
        indexed = [keys, filters, nameTokens, tags, columns, description, columnDescriptions, vocabulary, pairs];
        nameSort = new SortedDocValuesField(CatalogFields.NameSort, sortKey);
        json = new StoredField(CatalogFields.Json, stored);
        jsonWriter = new Utf8JsonWriter(jsonBuffer);
    }

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    public static Term KeyTerm(string name) => CatalogFields.Term(CatalogFields.NameKey, Key(name));

    public static Dataset Read(Document doc)
    {
        var json = doc.GetBinaryValue(CatalogFields.Json);
        return DatasetJson.Deserialize(json.Bytes.AsSpan(json.Offset, json.Length));
    }

    /// <summary>The name back from its sort key (upper-casing keeps the length).</summary>
    public static string NameOf(string sortKey) => sortKey[((sortKey.Length + 1) / 2)..];

    /// <summary>The document for <paramref name="dataset"/>, valid until the next call.</summary>
    public Document Create(Dataset dataset)
    {
        var name = dataset.QualifiedName;
        pool.TrimIfFull();
        foreach (var field in indexed) field.Clear();

        inVocabulary.Clear();
        inPairs.Clear();
        inFilters.Clear();

        WriteStored(dataset);
        WriteSortKey(dataset.Name);

        Text(nameTokens, CatalogFields.NamePairs, dataset.Name, inWords: true);
        foreach (var tag in dataset.Tags) Text(tags, CatalogFields.TagPairs, tag, inWords: true);
        Text(tags, CatalogFields.TagPairs, dataset.Domain, inWords: true);
        foreach (var column in dataset.Columns) Text(columns, CatalogFields.ColumnPairs, column.Name, inWords: true);
        Text(description, pairPrefix: null, dataset.Description, inWords: false);
        foreach (var column in dataset.Columns) Text(columnDescriptions, pairPrefix: null, column.Description, inWords: false);

        foreach (var tag in dataset.Tags) Word(pool.Lower("", tag, trim: false));
        foreach (var column in dataset.Columns) Word(pool.Lower("", column.Name, trim: false));
        Word(pool.Lower("", dataset.Domain, trim: false));

        keys.AddToken(CatalogFields.NameKey + Key(dataset.Name));
        keys.AddToken(CatalogFields.Table + Key(name.Table));

        Filter(pool.Lower(CatalogFields.Domain, dataset.Domain));
        Filter(pool.Lower(CatalogFields.Catalog, name.Catalog));
        foreach (var tag in dataset.Tags)
        {
            foreach (var form in TagNames.Forms(tag)) Filter(pool.Lower(CatalogFields.Tag, form));
        }
        foreach (var owner in dataset.Owners) Filter(pool.Lower(CatalogFields.Owner, owner));
        foreach (var owner in dataset.Owners)
        {
            if (OwnerReference.TryParse(owner, out var parsed)) Filter(pool.Lower(CatalogFields.OwnerId, parsed.Id));
        }

        var doc = document;
        doc.Fields.Clear();
        doc.Add(nameSort);
        doc.Add(hash);
        doc.Add(json);
        foreach (var field in indexed)
        {
            if (!field.IsEmpty) doc.Add(field.Field);
        }

        return doc;
    }

    /// <summary>The JSON the document stores, and its content hash (<see cref="Sync.DatasetHash"/>) as a doc value.</summary>
    private void WriteStored(Dataset dataset)
    {
        jsonBuffer.SetLength(0);
        jsonWriter.Reset(jsonBuffer);
        DatasetJson.Write(jsonWriter, dataset);
        var bytes = jsonBuffer.GetBuffer().AsSpan(0, (int)jsonBuffer.Length);
        hash.SetInt64Value(Sync.DatasetHash.OfJson(bytes));
        Fill(stored, bytes);
    }

    /// <summary>Case-insensitive first, then ordinal: the file catalog's name order, as bytes (upper case, \u0001, the name).</summary>
    private void WriteSortKey(string datasetName)
    {
        var length = datasetName.Length * 2 + 1;
        var chars = length <= 512 ? stackalloc char[length] : new char[length];
        datasetName.AsSpan().ToUpperInvariant(chars);
        chars[datasetName.Length] = '\u0001';
        datasetName.AsSpan().CopyTo(chars[(datasetName.Length + 1)..]);
        var size = Encoding.UTF8.GetByteCount(chars);
        if (sortKey.Bytes.Length < size) sortKey.Bytes = new byte[Math.Max(size, sortKey.Bytes.Length * 2)];
        sortKey.Length = Encoding.UTF8.GetBytes(chars, sortKey.Bytes);
    }

    private static void Fill(BytesRef target, ReadOnlySpan<byte> bytes)
    {
        if (target.Bytes.Length < bytes.Length) target.Bytes = new byte[Math.Max(bytes.Length, target.Bytes.Length * 2)];
        bytes.CopyTo(target.Bytes);
        target.Length = bytes.Length;
    }

    /// <summary>
    /// One value of a searched field, with its pairs of neighbouring words under <paramref name="pairPrefix"/> (none
    /// for descriptions, see <see cref="PhraseMatches"/>); its words from names, tags and columns also go to the vocabulary.
    /// </summary>
    private void Text(TokenListField field, string? pairPrefix, string? text, bool inWords)
    {
        value.Clear();
        SearchText.Tokenize(text, value, pool);
        field.AddValue(value);
        for (var i = 1; pairPrefix is not null && i < value.Count; i++)
        {
            var pair = pool.Pair(pairPrefix, value[i - 1], value[i]);
            if (inPairs.Add(pair)) pairs.AddToken(pair);
        }

        if (!inWords) return;
        foreach (var token in value) Word(token);
    }

    /// <summary>A "did you mean" word (three letters or more), once per document.</summary>
    private void Word(string word)
    {
        if (word.Length >= 3 && inVocabulary.Add(word)) vocabulary.AddToken(word);
    }

    private void Filter(string term)
    {
        if (term.Length > 0 && inFilters.Add(term)) filters.AddToken(term);
    }

    /// <summary>Pooled words are equal exactly when they are the same instance.</summary>
    private sealed class PooledWords : IEqualityComparer<string>
    {
        public static readonly PooledWords Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
