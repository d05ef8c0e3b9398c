using Microsoft.Extensions.Options;
using Odp.Engine.Budget;
using Odp.Engine.Errors;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Deciding;

/// <summary>An owner approves or denies a pending request. Racing decisions on one ticket produce exactly one.</summary>
public sealed class DecideAccess(
    TicketMover mover, AccessPolicy policy, ProvisioningSignal provisioning, IOptions<AccessOptions> options, OdpMetrics metrics, TimeProvider time)
{
    public async Task<TicketData> ApproveAsync(string ticketId, string byUserId, CancellationToken cancellationToken)
    {
        var ticket = await DecideAsync(ticketId, byUserId, "approve", (t, by, at) => t.Approve(by, at), cancellationToken);
        provisioning.Wake();
        return ticket;
    }

    public Task<TicketData> DenyAsync(string ticketId, string byUserId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidRequestException(
                "Please say why you deny it, so the requester knows what to do next.");
        var note = InputLimits.Text(reason.Trim(), options.Value.ReasonMaxLength, "A reason")!;
        return DecideAsync(ticketId, byUserId, "deny", (t, by, at) => t.Deny(by, note, at), cancellationToken);
    }

    private async Task<TicketData> DecideAsync(
        string ticketId, string byUserId, string verb, Action<Ticket, string, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("DecideAccess." + verb);
        span?.SetTag(OdpTraces.TicketTag, ticketId);
        var ticket = await mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
        {
            if (people.Dataset is null)
                throw new NotFoundException($"{t.Data.Dataset} is no longer in the catalog, so {t.Id} can't be decided. Ask an admin.");
            await policy.EnsureCanDecideAsync(user, t.Data, people.Dataset, verb, cancellationToken);
            decide(t, user.Id, time.GetUtcNow());
        }, cancellationToken);
        metrics.Decided(ticket);
        return ticket;
    }
}
