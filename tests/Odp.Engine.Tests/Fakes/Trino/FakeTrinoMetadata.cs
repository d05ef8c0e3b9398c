namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>A relation's columns and rows, before projection, filtering and ordering.</summary>
internal sealed record FakeTrinoRelation(IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The metadata tables the fake serves from its model, shaped as Trino's: <c>system.metadata.catalogs</c> and, per
/// catalog, <c>information_schema.schemata</c>, <c>tables</c>, <c>columns</c> (with the hidden <c>comment</c>) and
/// <c>table_privileges</c>. Like Trino, <c>information_schema</c> lists its own tables too.
/// </summary>
internal static class FakeTrinoMetadata
{
    public const string InformationSchema = "information_schema";

    private static readonly (string Name, string Type)[] Catalogs = [("catalog_name", "varchar"), ("connector_id", "varchar"), ("connector_name", "varchar")];
    private static readonly (string Name, string Type)[] Schemata = [("catalog_name", "varchar"), ("schema_name", "varchar")];
    private static readonly (string Name, string Type)[] Tables =
        [("table_catalog", "varchar"), ("table_schema", "varchar"), ("table_name", "varchar"), ("table_type", "varchar")];
    private static readonly (string Name, string Type)[] Columns =
    [
        ("table_catalog", "varchar"), ("table_schema", "varchar"), ("table_name", "varchar"), ("column_name", "varchar"),
        ("ordinal_position", "bigint"), ("column_default", "varchar"), ("is_nullable", "varchar"), ("data_type", "varchar"),
        ("comment", "varchar"),
    ];
    private static readonly (string Name, string Type)[] Privileges =
    [
        ("grantor", "varchar"), ("grantor_type", "varchar"), ("grantee", "varchar"), ("grantee_type", "varchar"),
        ("table_catalog", "varchar"), ("table_schema", "varchar"), ("table_name", "varchar"), ("privilege_type", "varchar"),
        ("is_grantable", "varchar"), ("with_hierarchy", "varchar"),
    ];

    private static readonly Dictionary<string, (string Name, string Type)[]> OwnTables = new(StringComparer.Ordinal)
    {
        ["columns"] = Columns, ["schemata"] = Schemata, ["table_privileges"] = Privileges, ["tables"] = Tables,
    };

    /// <summary>The metadata relation <c>catalog.schema.table</c> names, or null when it is not one.</summary>
    public static FakeTrinoRelation? Find(FakeTrinoModel model, string catalog, string schema, string table)
    {
        if (catalog == "system" && schema == "metadata" && table == "catalogs")
            return new(Catalogs, [.. model.Catalogs().Select(c => new object?[] { c, c, c == "system" ? "system" : "memory" })]);
        if (schema != InformationSchema) return null;

        var seeded = model.Tables(catalog);
        var all = seeded.Select(t => (t.Schema, t.Name, Columns: t.Columns, t.Comments))
            .Concat(OwnTables.Select(o => (Schema: InformationSchema, o.Key, Columns: (IReadOnlyList<(string Name, string Type)>)o.Value, Comments: (IReadOnlyDictionary<string, string>?)null)))
            .OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Item2, StringComparer.Ordinal)
            .ToList();
        return table switch
        {
            "schemata" => new(Schemata, [.. all.Select(t => t.Schema).Distinct().Select(s => new object?[] { catalog, s })]),
            "tables" => new(Tables, [.. all.Select(t => new object?[] { catalog, t.Schema, t.Item2, "BASE TABLE" })]),
            "columns" => new(Columns, [.. all.SelectMany(t => t.Columns.Select((c, i) => new object?[]
            {
                catalog, t.Schema, t.Item2, c.Name, (long)(i + 1), null, "YES", c.Type, t.Comments?.GetValueOrDefault(c.Name),
            }))]),
            "table_privileges" => new(Privileges, [.. model.Grants.Where(g => g.Catalog == catalog).Select(g => new object?[]
            {
                g.Grantor, "USER", g.Grantee, g.GranteeType, g.Catalog, g.Schema, g.Table, g.Privilege, "NO", "YES",
            })]),
            _ => null,
        };
    }
}
