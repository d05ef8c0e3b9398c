using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Notifications;
using Odp.Engine.Outbox;
using Odp.Engine.Storage.Leases;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Polly;
using Polly.Retry;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// Turns approved tickets into live access, and is the one worker that drains the outbox (<see cref="OutboxDrain"/>).
/// It reads only stored state and stores each step before and after it runs, so a restart at any point resumes where
/// it stopped; every step is idempotent, so a step that was running is re-run. A ticket is provisioned by whichever
/// replica holds its lease <c>provision:{ticket}</c>, renewed before each step: a replica that dies mid-step leaves
/// the ticket to another once the lease expires (<see cref="ProvisioningOptions.ClaimLength"/>). What each change
/// owes (progress, the outcome's messages, the rules after a failure) is stored with it and told through the outbox.
/// </summary>
public sealed class ProvisioningWorker(
    ITicketStore store,
    ILeaseStore leases,
    ReplicaIdentity replica,
    IEnumerable<IProvisioningStep> steps,
    OutboxDrain outbox,
    Participants participants,
    INotifier notifier,
    ProvisioningSignal signal,
    IOptions<ProvisioningOptions> options,
    OdpMetrics metrics,
    TimeProvider time,
    ILogger<ProvisioningWorker> logger) : BackgroundService
{
    private static readonly IReadOnlyCollection<TicketState> Waiting = [TicketState.Approved, TicketState.Provisioning];

    private readonly TimeSpan claimLength = DurationText.Parse(options.Value.ClaimLength);

    /// <summary>One pass at a time in this process: the chat's final drain waits for the hosted worker's pass.</summary>
    private readonly SemaphoreSlim passes = new(1, 1);

    /// <summary>Each step is retried with exponential backoff on the injected clock before the ticket fails.</summary>
    private readonly ResiliencePipeline retry = options.Value.StepRetries == 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not (OperationCanceledException or StepWaitingException or StepFailedException)),
            MaxRetryAttempts = options.Value.StepRetries,
            Delay = DurationText.Parse(options.Value.StepRetryDelay),
            BackoffType = DelayBackoffType.Exponential,
        }).Build();

    /// <summary>Provisions every ticket that is waiting, then runs the owed work that is due; returns how many tickets it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await passes.WaitAsync(cancellationToken);
        try
        {
            return await PassAsync(cancellationToken);
        }
        finally
        {
            passes.Release();
        }
    }

    private async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Provisioning.StartActivity("ProvisioningWorker.Pass");
        var waiting = await store.QueryAsync(new TicketQuery(States: Waiting), cancellationToken);
        foreach (var ticket in waiting)
        {
            try
            {
                await ProvisionAsync(ticket.Id, cancellationToken);
            }
            catch (ConcurrentTicketUpdateException e)
            {
                // Revoked (or changed) while a step ran: the next pass looks at it as it is now.
                logger.LogInformation("{Ticket}: {Message} The next pass looks again.", ticket.Id, e.Message);
            }
        }
        await outbox.DrainDueAsync(cancellationToken);
        return waiting.Count;
    }

    /// <summary>True while some ticket is approved or provisioning and nobody else provisions it, or owed work is due.</summary>
    public async Task<bool> HasWorkAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var ticket in await store.QueryAsync(new TicketQuery(States: Waiting), cancellationToken))
        {
            // Unclaimed, or claimed here (by the hosted worker while the chat drains): work is left in this process.
            // A ticket whose step waits on something outside (a merge) is no work to finish here and now.
            if (ticket.Data.Steps.Any(IsWaiting)) continue;
            if (await leases.HolderAsync(ClaimOf(ticket.Id), now, cancellationToken) is not { } holder || replica.Owns(holder)) return true;
        }
        return await outbox.AnyDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Provisioning pass failed; it will run again");
            }
            await signal.WaitAsync(DurationText.Parse(options.Value.PollInterval), time, stoppingToken);
        }
    }

    private static string ClaimOf(string ticketId) => "provision:" + ticketId;

    private static bool IsWaiting(ProvisioningStep step) => step is { Status: StepStatus.Running, Note: not null };

    private async Task ProvisionAsync(string id, CancellationToken cancellationToken)
    {
        var claim = ClaimOf(id);
        var holder = replica.NewClaim();
        if (!await leases.TryAcquireAsync(claim, holder, time.GetUtcNow(), claimLength, cancellationToken)) return;
        using var span = OdpTraces.Provisioning.StartActivity("ProvisioningWorker.Provision")?.SetTag(OdpTraces.TicketTag, id);
        try
        {
            await ProvisionClaimedAsync(id, claim, holder, cancellationToken);
        }
        finally
        {
            // Stopping (or dying) leaves the claim to expire, so nobody re-runs a step this replica may still be in.
            if (!cancellationToken.IsCancellationRequested) await leases.ReleaseAsync(claim, holder, CancellationToken.None);
        }
    }

    private async Task ProvisionClaimedAsync(string id, string claim, string holder, CancellationToken cancellationToken)
    {
        var ticket = await store.FindAsync(id, cancellationToken);
        if (ticket is null) return;
        if (ticket.State == TicketState.Approved)
        {
            ticket.StartProvisioning([.. steps.Select(s => s.Name)], time.GetUtcNow());
            await store.SaveAsync(ticket, cancellationToken);
        }
        if (ticket.State != TicketState.Provisioning) return;
        var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);

        foreach (var step in ticket.Data.Steps.Where(s => s.Status != StepStatus.Done).Select(s => s.Name).ToList())
        {
            if (!await leases.TryAcquireAsync(claim, holder, time.GetUtcNow(), claimLength, cancellationToken))
            {
                logger.LogWarning("{Ticket}: another replica took over its provisioning (the claim expired)", id);
                return;
            }
            // A step that waits on something outside is looked at again as it is: its card already says so.
            if (!IsWaiting(ticket.Data.Steps.Single(s => s.Name == step)))
            {
                ticket.BeginStep(step, time.GetUtcNow());
                await SaveAsync(ticket, OwedKind.TellProgress, cancellationToken);
            }
            var started = time.GetTimestamp();
            using var stepSpan = OdpTraces.Provisioning.StartActivity("ProvisioningWorker.Step")?.SetTag(OdpTraces.TicketTag, id).SetTag("odp.step", step);
            try
            {
                await RunStepAsync(step, ticket.Data, people, cancellationToken);
                metrics.StepRan(step, time.GetElapsedTime(started), failed: false);
            }
            catch (StepWaitingException waiting)
            {
                // Not done, nothing failed: the next pass runs the step again; the card changes only when the note does.
                logger.LogInformation("{Ticket}: step {Step} is {Note}", id, step, waiting.Note);
                if (ticket.WaitOnStep(step, waiting.Note)) await SaveAsync(ticket, OwedKind.TellProgress, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.StepRan(step, time.GetElapsedTime(started), failed: true);
                stepSpan?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
                logger.LogError(e, "{Ticket}: step {Step} failed", id, step);
                ticket.FailProvisioning(step, e.Message, time.GetUtcNow());
                // The rules stop granting the failed ticket before anyone hears; then the progress card, then the change.
                ticket.Owe(OwedKind.ApplyGrants);
                ticket.Owe(OwedKind.TellProgress);
                await SaveAsync(ticket, OwedKind.TellChange, cancellationToken);
                return;
            }
            ticket.CompleteStep(step, time.GetUtcNow());
            await SaveAsync(ticket, OwedKind.TellProgress, cancellationToken);
        }

        ticket.Activate(time.GetUtcNow(), Outcomes(ticket.Data));
        ticket.Owe(OwedKind.TellChange);
        await SaveAsync(ticket, OwedKind.TellReady, cancellationToken);
        metrics.Activated(ticket.Data);
        logger.LogInformation("{Ticket} is active until {Expiry}", id, ticket.Data.ExpiresAt);
    }

    /// <summary>Stores the ticket owing <paramref name="last"/> (after whatever it already owes), then does what it owes.</summary>
    private async Task SaveAsync(Ticket ticket, OwedKind last, CancellationToken cancellationToken)
    {
        ticket.Owe(last);
        await store.SaveAsync(ticket, cancellationToken);
        await outbox.DrainTicketAsync(ticket.Id, cancellationToken);
    }

    /// <summary>What the finished steps want on the Active event (e.g. Trino's verification), or null.</summary>
    private string? Outcomes(TicketData ticket)
    {
        var outcomes = ticket.Steps
            .Select(s => steps.FirstOrDefault(step => step.Name == s.Name)?.Outcome(ticket))
            .OfType<string>()
            .ToList();
        return outcomes.Count == 0 ? null : string.Join("; ", outcomes);
    }

    /// <summary>Runs one step with retries; each retry updates the progress card, so it shows how long the step has run.</summary>
    private async Task RunStepAsync(string name, TicketData ticket, TicketPeople people, CancellationToken cancellationToken)
    {
        var step = steps.FirstOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"The ticket names a provisioning step '{name}' this host doesn't run.");
        var attempt = 0;
        await retry.ExecuteAsync(async ct =>
        {
            if (attempt++ > 0) await ProgressAsync(ticket, people, ct);
            await step.RunAsync(ticket, ct);
        }, cancellationToken);
    }

    private Task ProgressAsync(TicketData ticket, TicketPeople people, CancellationToken cancellationToken) =>
        notifier.TryNotifyAsync(new ProvisioningProgressed(ticket, people.Requester), logger, cancellationToken);
}
