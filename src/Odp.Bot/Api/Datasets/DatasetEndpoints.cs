using Odp.Engine.Catalog.Finding;

namespace Odp.Bot.Api.Datasets;

/// <summary>
/// <c>GET /datasets?q=&amp;page=</c> searches the catalog as chat's <c>search</c> does; <c>GET /datasets/{name}</c> shows
/// one. Before the catalog's first sync both answer 503 with <c>Retry-After</c> (<see cref="CatalogReadiness"/>).
/// </summary>
public static class DatasetEndpoints
{
    public const int DefaultPageSize = 20;

    public static RouteGroupBuilder MapDatasets(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTags("Datasets");
        group.MapGet("/", SearchAsync).WithName("SearchDatasets").WithSummary("Search the catalog")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{name}", GetAsync).WithName("GetDataset").WithSummary("One dataset with its columns")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<DatasetPage> SearchAsync(FindDatasets find, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var search = await find.SearchAsync(q, page ?? 1, pageSize ?? DefaultPageSize, cancellationToken);
        var result = search.Result;
        return new DatasetPage(search.Text, search.Page, search.PageSize, result.Total, [.. result.Hits.Select(h => DatasetSummary.Of(h.Dataset))],
            result.Suggestions);
    }

    private static async Task<DatasetDetail> GetAsync(FindDatasets find, string name, CancellationToken cancellationToken) =>
        DatasetDetail.Of(await find.ShowAsync(name, cancellationToken));
}
