using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>Who may do what to a ticket. Every refusal says why, in words the person can act on.</summary>
public sealed class AccessPolicy(OwnerResolver owners)
{
    public async Task EnsureCanDecideAsync(DirectoryUser user, TicketData ticket, Dataset dataset, string verb, CancellationToken cancellationToken)
    {
        if (!await owners.IsOwnerAsync(user.Id, dataset.Owners, cancellationToken))
            throw new NotAllowedException(
                $"Only an owner of {dataset.Name} can {verb} {ticket.Id}. Its owners are {await owners.DescribeAllAsync(dataset.Owners, cancellationToken)}.");
        if (string.Equals(user.Id, ticket.User, StringComparison.OrdinalIgnoreCase))
            throw new NotAllowedException(
                $"You can't {verb} your own request {ticket.Id}, even as an owner of {dataset.Name}. Another owner has to decide.");
    }

    /// <summary>Revoke and retry: the requester, or an owner of the dataset.</summary>
    public async Task EnsureRequesterOrOwnerAsync(DirectoryUser user, TicketData ticket, Dataset? dataset, string verb, CancellationToken cancellationToken)
    {
        if (string.Equals(user.Id, ticket.User, StringComparison.OrdinalIgnoreCase)) return;
        if (dataset is not null && await owners.IsOwnerAsync(user.Id, dataset.Owners, cancellationToken)) return;
        throw new NotAllowedException($"Only the requester or an owner of {ticket.Dataset} can {verb} {ticket.Id}.");
    }

    public static void EnsureCanCancel(DirectoryUser user, TicketData ticket)
    {
        if (!string.Equals(user.Id, ticket.User, StringComparison.OrdinalIgnoreCase))
            throw new NotAllowedException($"Only {ticket.User}, who asked for it, can cancel {ticket.Id}.");
    }
}
