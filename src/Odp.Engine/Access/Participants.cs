using Odp.Engine.Budget;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>Looks up the people and the dataset a use case is about, with kind errors when one is missing.</summary>
public sealed class Participants(
    IDirectory directory, ICatalog catalog, CatalogReadiness readiness, FindDatasets find, OwnerResolver owners)
{
    public async Task<DirectoryUser> RequireUserAsync(string id, CancellationToken cancellationToken) =>
        await directory.FindUserAsync(id, cancellationToken)
        ?? throw new NotFoundException($"I don't know a user '{id}' in the directory. Ask an admin to add you.");

    /// <summary>
    /// The person about to change a ticket (request, approve, deny, cancel, revoke, retry), as the directory has them
    /// now, past any cache: someone it no longer has, or has disabled, is refused before anything is written, however
    /// they reached the engine (a chat identity, a REST token still within its lifetime).
    /// </summary>
    public async Task<DirectoryUser> RequireActiveUserAsync(string id, CancellationToken cancellationToken)
    {
        var standing = await directory.CheckUserAsync(id, cancellationToken);
        if (standing.User is null)
            throw new NotAllowedException(
                $"I don't know a user '{id}' in the directory (any more), so you can't request, decide or end access. Ask an admin to add you.");
        if (standing.Disabled)
            throw new NotAllowedException(
                $"Your directory account '{standing.User.Id}' is disabled, so you can't request, decide or end access. Ask an admin to enable it.");
        return standing.User;
    }

    public async Task<Dataset> RequireDatasetAsync(string name, CancellationToken cancellationToken)
    {
        InputLimits.Name(name, "A dataset name");
        if (!DatasetName.TryParse(name, out _))
            throw new InvalidRequestException(
                $"'{InputLimits.Shown(name)}' is not a table name. Datasets are named catalog.schema.table, like lake.sales.orders.");
        var found = await catalog.GetAsync(name, cancellationToken);
        if (found is not null) return found;
        readiness.ThrowIfLoading();
        throw await find.NoSuchDatasetAsync(name, cancellationToken);
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
}
