namespace Odp.Engine.Catalog.Index;

/// <summary>The Lucene field names of a dataset document (see <see cref="DatasetDocument"/>).</summary>
internal static class CatalogFields
{
    /// <summary>The lower-case full name: the update key and the exact-match field.</summary>
    public const string NameKey = "name_key";

    public const string SchemaTable = "schema_table";
    public const string Table = "table";
    public const string NameSort = "name_sort";

    // Searched text, one field instance per document; multi-valued fields keep their values apart (TokenListField).
    public const string NameTokens = "name_tokens";
    public const string Tags = "tags";
    public const string Columns = "columns";
    public const string Description = "description";
    public const string ColumnDescriptions = "column_descriptions";

    /// <summary>Every distinct token of the searched text fields, without positions: counts the matches cheaply.</summary>
    public const string All = "all";

    // Filters: exact, lower-case values.
    public const string Tag = "tag";
    public const string Domain = "domain";
    public const string Catalog = "catalog";
    public const string Owner = "owner";
    public const string OwnerId = "owner_id";

    /// <summary>"Did you mean" words, one term per distinct word; a term's document frequency is its use count.</summary>
    public const string Vocabulary = "vocabulary";

    /// <summary>Doc values: the content hash (<see cref="Sync.DatasetHash"/>).</summary>
    public const string Hash = "hash";

    /// <summary>The dataset as UTF-8 JSON (<see cref="DatasetJson"/>), stored.</summary>
    public const string Json = "json";
}
