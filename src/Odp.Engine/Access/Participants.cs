using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>Looks up the people and the dataset a use case is about, with kind errors when one is missing.</summary>
public sealed class Participants(IDirectory directory, ICatalog catalog, OwnerResolver owners)
{
    public async Task<DirectoryUser> RequireUserAsync(string id, CancellationToken cancellationToken) =>
        await directory.FindUserAsync(id, cancellationToken)
        ?? throw new NotFoundException($"I don't know a user '{id}' in the directory. Ask an admin to add you.");

    public async Task<Dataset> RequireDatasetAsync(string name, CancellationToken cancellationToken)
    {
        InputLimits.Name(name, "A dataset name");
        if (!DatasetName.TryParse(name, out _))
            throw new InvalidRequestException(
                $"'{name}' is not a table name. Datasets are named catalog.schema.table, like lake.sales.orders.");
        var found = await catalog.GetAsync(name, cancellationToken);
        if (found is not null) return found;
        var similar = await catalog.SearchAsync(SearchQueryFor(name), cancellationToken);
        var hint = similar.Hits.Count > 0 ? $" Did you mean {similar.Hits[0].Dataset.Name}?" : " `/odp search` finds datasets.";
        throw new NotFoundException($"There is no dataset {name}.{hint}");
    }

    /// <summary>The dataset of a stored ticket; null if it has since left the catalog.</summary>
    public Task<Dataset?> FindDatasetAsync(string name, CancellationToken cancellationToken) =>
        catalog.GetAsync(name, cancellationToken);

    public Task<TicketPeople> PeopleOfAsync(TicketData ticket, CancellationToken cancellationToken) =>
        PeopleOfAsync(ticket.User, ticket.Dataset, cancellationToken);

    /// <summary>The requester (kept by id even if they left the directory) and the dataset's owners.</summary>
    public async Task<TicketPeople> PeopleOfAsync(string userId, string datasetName, CancellationToken cancellationToken)
    {
        var requester = await directory.FindUserAsync(userId, cancellationToken)
            ?? new DirectoryUser(userId, userId, "", []);
        var dataset = await catalog.GetAsync(datasetName, cancellationToken);
        var ownerList = dataset is null ? [] : await owners.ResolveAsync(dataset.Owners, cancellationToken);
        return new TicketPeople(requester, ownerList, dataset);
    }

    private static SearchQuery SearchQueryFor(string name) =>
        new(name.Split('.', StringSplitOptions.RemoveEmptyEntries), [], [], [], [], 0, 1);
}
