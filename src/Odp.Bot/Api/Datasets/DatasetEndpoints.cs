using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Errors;

namespace Odp.Bot.Api.Datasets;

/// <summary>
/// <c>GET /datasets?q=&amp;page=</c> searches the catalog as chat's <c>search</c> does; <c>GET /datasets/{name}</c> shows
/// one. Before the catalog's first sync both answer 503 with <c>Retry-After</c> (<see cref="CatalogReadiness"/>).
/// </summary>
public static class DatasetEndpoints
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapDatasets(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTags("Datasets");
        group.MapGet("/", SearchAsync).WithName("SearchDatasets").WithSummary("Search the catalog")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{name}", GetAsync).WithName("GetDataset").WithSummary("One dataset with its columns")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<DatasetPage> SearchAsync(
        ICatalog catalog, CatalogReadiness readiness, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (number is < 1 or > 1000) throw new InvalidRequestException($"page must be a page number from 1 to 1000, not {number}.");
        if (size is < 1 or > MaxPageSize) throw new InvalidRequestException($"pageSize must be from 1 to {MaxPageSize}, not {size}.");
        readiness.ThrowIfLoading();
        var result = await catalog.SearchAsync(ParseQuery(q, (number - 1) * size, size), cancellationToken);
        return new DatasetPage(q ?? "", number, size, result.Total, [.. result.Hits.Select(h => DatasetSummary.Of(h.Dataset))], result.Suggestions, result.TotalIsLowerBound);
    }

    private static async Task<DatasetDetail> GetAsync(ICatalog catalog, CatalogReadiness readiness, string name, CancellationToken cancellationToken)
    {
        readiness.ThrowIfLoading();
        var dataset = await catalog.GetAsync(name, cancellationToken);
        if (dataset is not null) return DatasetDetail.Of(dataset);
        var similar = await catalog.SearchAsync(SearchQueryParser.Parse(name.Replace('.', ' '), 0, 3), cancellationToken);
        var hint = similar.Hits.Count > 0 ? $" Did you mean {string.Join(" or ", similar.Hits.Select(h => h.Dataset.Name))}?" : "";
        throw new NotFoundException($"There is no dataset {name}.{hint}");
    }

    private static SearchQuery ParseQuery(string? text, int offset, int limit)
    {
        try
        {
            return SearchQueryParser.Parse(text, offset, limit);
        }
        catch (SearchSyntaxException e)
        {
            throw new InvalidRequestException(e.Message);
        }
    }
}
