namespace Odp.Engine.Catalog;

/// <summary>A table that can be requested, named the way Trino names it: <c>catalog.schema.table</c>.</summary>
public sealed record Dataset(
    string Name,
    string Description,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Tags,
    string Domain,
    IReadOnlyList<DatasetColumn> Columns)
{
    public DatasetName QualifiedName => DatasetName.Parse(Name);
}
