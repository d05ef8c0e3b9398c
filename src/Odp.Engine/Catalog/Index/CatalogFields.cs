namespace Odp.Engine.Catalog.Index;

/// <summary>The Lucene field names of a dataset document (see <see cref="DatasetDocument"/>).</summary>
internal static class CatalogFields
{
    /// <summary>
    /// The exact-name keys, one field with a prefix per kind: <see cref="NameKey"/> (the lower-case full name, also the
    /// update key) and <see cref="Table"/>. One field instance instead of two. <c>schema.table</c> is matched through
    /// the full names (see <see cref="TermScorer"/>), so it needs no key of its own.
    /// </summary>
    public const string Keys = "keys";

    public const string NameKey = "n:";
    public const string Table = "t:";

    /// <summary>The name of the schema.table match (<see cref="FieldMatcher.Field"/>); not a field of the index.</summary>
    public const string SchemaTable = "schema_table";

    public const string NameSort = "name_sort";

    // Searched text, one field instance per document; multi-valued fields keep their values apart (TokenListField).
    public const string NameTokens = "name_tokens";
    public const string Tags = "tags";
    public const string Columns = "columns";
    public const string Description = "description";
    public const string ColumnDescriptions = "column_descriptions";

    /// <summary>
    /// The pairs of neighbouring words within one value of names, tags and columns (<c>c:customer id</c> for the column
    /// <c>customer_id</c>), with a prefix per field: there a two-word phrase is one lookup, not a positional check.
    /// Descriptions have none (<see cref="PhraseMatches"/>).
    /// </summary>
    public const string Pairs = "pairs";

    public const string NamePairs = "n:";
    public const string TagPairs = "g:";
    public const string ColumnPairs = "c:";

    /// <summary>The filter values, lower case, one field with a prefix per filter (one field instance instead of five).</summary>
    public const string Filters = "filters";

    public const string Tag = "tag:";
    public const string Domain = "domain:";
    public const string Catalog = "catalog:";
    public const string Owner = "owner:";
    public const string OwnerId = "owner_id:";

    /// <summary>The term for <paramref name="value"/> (already lower case) of the key or filter <paramref name="kind"/>.</summary>
    public static Lucene.Net.Index.Term Term(string kind, string value) =>
        new(kind is NameKey or Table ? Keys : Filters, kind + value);

    /// <summary>
    /// "Did you mean" words, one term per distinct word; a term's document frequency is its use count. Table names are
    /// not repeated here: they are the <see cref="Table"/> keys.
    /// </summary>
    public const string Vocabulary = "vocabulary";

    /// <summary>Doc values: the content hash (<see cref="Sync.DatasetHash"/>).</summary>
    public const string Hash = "hash";

    /// <summary>The dataset as UTF-8 JSON (<see cref="DatasetJson"/>), stored.</summary>
    public const string Json = "json";
}
