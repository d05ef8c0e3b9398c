using Odp.Engine.Catalog;

namespace Odp.Bot.Api.Datasets;

/// <summary>One dataset with its columns.</summary>
public sealed record DatasetDetail(
    string Name,
    string Description,
    string Domain,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Owners,
    IReadOnlyList<DatasetColumnView> Columns)
{
    public static DatasetDetail Of(Dataset d) =>
        new(d.Name, d.Description, d.Domain, d.Tags, d.Owners, [.. d.Columns.Select(c => new DatasetColumnView(c.Name, c.Type, c.Description))]);
}
