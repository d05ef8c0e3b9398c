using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Budget;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Notifications;
using Odp.Engine.Outbox;
using Odp.Engine.Storage.Locks;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Requesting;

/// <summary>
/// Files an access request as a Pending ticket and asks the dataset's owners to decide (owed with the new ticket). One
/// person's requests for one dataset are filed one at a time across replicas (<see cref="IStoreLock"/>), so a
/// repeated request finds the open ticket instead of filing a second.
/// </summary>
public sealed class RequestAccess(
    Participants participants,
    OwnerResolver owners,
    ITicketStore store,
    IStoreLock locks,
    OutboxDrain outbox,
    INotifier notifier,
    IOptions<AccessOptions> options,
    OdpMetrics metrics,
    TimeProvider time,
    ILogger<RequestAccess> logger)
{
    public async Task<RequestOutcome> ExecuteAsync(AccessRequest request, CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("RequestAccess");
        var rules = options.Value;
        var reason = InputLimits.Text(request.Reason.Trim(), rules.ReasonMaxLength, "A reason")!;
        InputLimits.Name(request.Duration, "A duration");
        InputLimits.Name(request.Workspace, "A workspace name");
        InputLimits.Name(request.Team, "A team name");
        var user = await participants.RequireActiveUserAsync(request.UserId, cancellationToken);
        var dataset = await participants.RequireDatasetAsync(request.Dataset, cancellationToken);
        if (reason.Length < rules.ReasonMinLength)
            throw new InvalidRequestException(
                $"Please give a reason of at least {rules.ReasonMinLength} characters, so the owners know why you need {dataset.Name}.");
        var duration = ParseDuration(request.Duration, rules);
        var team = ChooseTeam(user.Groups, request.Team, request.Workspace);
        var workspace = team ?? ChooseWorkspace(user.Groups, request.Workspace);

        if (dataset.Owners.Count == 0)
            throw new InvalidRequestException(
                $"{dataset.Name} has no owner yet, so nobody could approve a request for it. Ask an admin to give it an owner "
                + "(in the catalog file or OpenMetadata); then request it again.");
        var people = await participants.PeopleOfAsync(user.Id, dataset.Name, cancellationToken);
        var deciders = people.Owners.Where(o => !string.Equals(o.Id, user.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (deciders.Count == 0)
            throw new InvalidRequestException(people.Owners.Count == 0
                ? $"{dataset.Name} has no owner in the directory who could approve it ({await owners.DescribeAllAsync(dataset.Owners, cancellationToken)}). "
                    + "Ask an admin to fix its owners."
                : $"You are the only owner of {dataset.Name}, and nobody may approve their own request. Ask an admin to add another owner.");

        Ticket ticket;
        await using (await locks.AcquireAsync($"request:{user.Id}:{dataset.Name}:{request.Access}".ToLowerInvariant(), cancellationToken))
        {
            var open = await store.QueryAsync(new TicketQuery(User: user.Id, Dataset: dataset.Name), cancellationToken);
            var existing = open.FirstOrDefault(t => t.Data.Access == request.Access
                && string.Equals(t.Data.Team, team, StringComparison.OrdinalIgnoreCase) && t.State is not
                (TicketState.Denied or TicketState.Cancelled or TicketState.Expired or TicketState.Revoked));
            if (existing is not null)
            {
                await notifier.TryNotifyAsync(new RequestFiled(existing.Data, dataset, user, deciders, Existing: true), logger, cancellationToken);
                return new RequestOutcome(existing.Data, Existing: true, user, deciders);
            }

            var now = time.GetUtcNow();
            ticket = await store.CreateAsync(id =>
            {
                var opened = Ticket.Open(id, new TicketRequest(dataset.Name, user.Id, request.Access, duration, reason, workspace, team), now);
                opened.Owe(OwedKind.TellFiled);
                return opened;
            }, cancellationToken);
        }
        metrics.Filed();
        span?.SetTag(OdpTraces.TicketTag, ticket.Id);
        logger.LogInformation("{Ticket} opened by {User} for {Dataset} ({Access}, {Duration}, team {Team})",
            ticket.Id, user.Id, dataset.Name, request.Access, DurationText.Format(duration), team ?? "none");
        await outbox.DrainTicketAsync(ticket.Id, cancellationToken);
        return new RequestOutcome(ticket.Data, Existing: false, user, deciders);
    }

    private static TimeSpan ParseDuration(string? text, AccessOptions rules)
    {
        var max = DurationText.Parse(rules.MaxDuration);
        if (text is null) return DurationText.Parse(rules.DefaultDuration);
        if (!DurationText.TryParse(text, out var duration))
            throw new InvalidRequestException($"'{text}' is not a duration. Use a number and a unit, like 12h, 30d or 2w.");
        if (duration > max)
            throw new InvalidRequestException(
                $"Access can be requested for at most {DurationText.Format(max)}; you asked for {DurationText.Format(duration)}.");
        return duration;
    }

    /// <summary>The team as the directory spells it; null for a personal request.</summary>
    private static string? ChooseTeam(IReadOnlyList<string> groups, string? asked, string? workspace)
    {
        if (asked is null) return null;
        var team = groups.FirstOrDefault(g => string.Equals(g, asked, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidRequestException(
                $"You can only request access for a team you belong to, and you are not in '{asked}'. "
                + $"Your teams: {(groups.Count > 0 ? string.Join(", ", groups) : "none")}.");
        if (workspace is not null && !string.Equals(workspace, team, StringComparison.OrdinalIgnoreCase))
            throw new InvalidRequestException(
                $"A request for the team {team} goes into the {team} workspace, so the workspace {workspace} doesn't fit. Leave the workspace out.");
        return team;
    }

    private static string ChooseWorkspace(IReadOnlyList<string> groups, string? asked)
    {
        if (asked is null)
            return groups.Count > 0
                ? groups[0]
                : throw new InvalidRequestException(
                    "You're not in any team, so there is no workspace to put this in. Ask an admin to add you to a group, or name a workspace.");
        return groups.FirstOrDefault(g => string.Equals(g, asked, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidRequestException(
                $"You can only request into a team you belong to. Yours: {(groups.Count > 0 ? string.Join(", ", groups) : "none")}.");
    }
}
