namespace Odp.Engine.Catalog;

// The shapes YamlDotNet fills from a catalog file. Everything is nullable so that
// a missing field becomes a friendly validation error instead of a parser crash.

internal sealed class CatalogDocument
{
    public List<DatasetEntry?>? Datasets { get; set; }
}

internal sealed class DatasetEntry
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string?>? Owners { get; set; }
    public List<string?>? Tags { get; set; }
    public string? Domain { get; set; }
    public List<ColumnEntry?>? Columns { get; set; }
}

internal sealed class ColumnEntry
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
}
