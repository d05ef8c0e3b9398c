using Odp.Engine.Catalog;

namespace Odp.Bot.Api.Datasets;

/// <summary>A dataset as a search hit. Owners are written as in the catalog: <c>group:sales-owners</c>, <c>user:bob</c>.</summary>
public sealed record DatasetSummary(string Name, string Description, string Domain, IReadOnlyList<string> Tags, IReadOnlyList<string> Owners)
{
    public static DatasetSummary Of(Dataset d) => new(d.Name, d.Description, d.Domain, d.Tags, d.Owners);
}
