using Microsoft.Extensions.Logging;
using Odp.Engine.Budget;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Engine.Catalog.Finding;

/// <summary>
/// Finding datasets, for every way in (chat, REST, the portal): a search with its limits (<see cref="SearchLimits"/>)
/// and a dataset by name, with "did you mean" when there is none. <c>owner:</c> finds what a person owns through
/// their directory groups too. Before the catalog's first sync both say it is still loading; reads go through the
/// <see cref="SearchGate"/>.
/// </summary>
public sealed class FindDatasets(
    ICatalog catalog, CatalogReadiness readiness, IDirectory directory, SearchGate gate, ILogger<FindDatasets> logger)
{
    /// <summary>The most close names a "did you mean" offers.</summary>
    public const int Suggestions = 3;

    /// <exception cref="InvalidRequestException">The text, page or page size is over a limit, or a filter has no value.</exception>
    /// <exception cref="UnavailableException">The catalog is still loading, or the search could not run within the deadline.</exception>
    public async Task<DatasetSearch> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        SearchLimits.CheckLength(text);
        SearchLimits.CheckPage(page, pageSize);
        SearchQuery query;
        try
        {
            query = SearchQueryParser.Parse(text, (page - 1) * pageSize, pageSize);
        }
        catch (SearchSyntaxException e)
        {
            throw new InvalidRequestException(e.Message);
        }

        SearchLimits.CheckWords(query);
        readiness.ThrowIfLoading();
        query = await WithOwnersGroupsAsync(query, cancellationToken);
        var result = await gate.RunAsync(ct => catalog.SearchAsync(query, ct), cancellationToken);
        return new DatasetSearch(text ?? "", page, pageSize, result);
    }

    /// <exception cref="NotFoundException">No dataset has that name; the message suggests close names.</exception>
    public async Task<Dataset> ShowAsync(string name, CancellationToken cancellationToken)
    {
        InputLimits.Name(name, "A dataset name");
        readiness.ThrowIfLoading();
        var dataset = await gate.RunAsync(ct => catalog.GetAsync(name, ct), cancellationToken);
        if (dataset is not null) return dataset;
        throw await NoSuchDatasetAsync(name, cancellationToken);
    }

    /// <summary>
    /// The refusal for a dataset name the catalog doesn't have, the same for every use case that takes one (show,
    /// request, why): up to <see cref="Suggestions"/> datasets matching the name's words (at most
    /// <see cref="SearchLimits.MaxWords"/> of them, through the <see cref="SearchGate"/>), else how to find the name.
    /// The name is repeated up to <see cref="InputLimits.Echo"/> characters.
    /// </summary>
    public async Task<NotFoundException> NoSuchDatasetAsync(string name, CancellationToken cancellationToken)
    {
        var words = SearchText.Tokenize(name).Take(SearchLimits.MaxWords).ToList();
        var similar = words.Count == 0 ? null : await gate.RunAsync(
            ct => catalog.SearchAsync(new SearchQuery(words, [], [], [], [], 0, Suggestions), ct), cancellationToken);
        var hint = similar is { Hits.Count: > 0 }
            ? $" Did you mean {string.Join(" or ", similar.Hits.Select(h => h.Dataset.Name))}?"
            : " Search the catalog to find its full name.";
        return new NotFoundException($"There is no dataset {InputLimits.Shown(name)}.{hint}");
    }

    /// <summary>
    /// <c>owner:bob</c> (or <c>owner:user:bob</c>) also matches datasets owned by bob's directory groups. A directory
    /// that fails leaves the filter as typed (logged): a search should not fail because the directory is down.
    /// </summary>
    private async Task<SearchQuery> WithOwnersGroupsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.Owners.Count == 0) return query;
        var owners = new List<string>(query.Owners);
        foreach (var owner in query.Owners)
        {
            var value = owner.Trim().TrimStart('@');
            var id = OwnerReference.TryParse(value, out var parsed) ? parsed.Kind == OwnerKind.User ? parsed.Id : null : value;
            if (id is null) continue;
            try
            {
                var user = await directory.FindUserAsync(id, cancellationToken);
                foreach (var group in user?.Groups ?? [])
                {
                    var reference = OwnerReference.GroupPrefix + group;
                    if (!owners.Contains(reference, StringComparer.OrdinalIgnoreCase)) owners.Add(reference);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not look up {Owner}'s groups for an owner: search; searching for the owner as typed", id);
            }
        }

        return query with { Owners = owners };
    }
}
