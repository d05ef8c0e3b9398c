using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Polly;
using Polly.Retry;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// Turns approved tickets into live access. It reads only stored state and stores each step before and after it runs,
/// so a restart at any point resumes where it stopped; every step is idempotent, so a step that was running is re-run.
/// The outcome's messages go through <see cref="ProvisioningAnnouncements"/>, so a restart still tells them. Each pass
/// also finishes what revoked and expired tickets still owe (<see cref="GrantEndings"/>: a gitops pipeline to follow,
/// or whatever a crash or a failing backend left undone).
/// </summary>
public sealed class ProvisioningWorker(
    ITicketStore store,
    TicketLocks locks,
    IEnumerable<IProvisioningStep> steps,
    GrantSync grants,
    ProvisioningAnnouncements announcements,
    GrantEndings endings,
    Participants participants,
    INotifier notifier,
    ProvisioningSignal signal,
    IOptions<ProvisioningOptions> options,
    TimeProvider time,
    ILogger<ProvisioningWorker> logger) : BackgroundService
{
    private static readonly IReadOnlyCollection<TicketState> Waiting = [TicketState.Approved, TicketState.Provisioning];

    /// <summary>Each step is retried with exponential backoff on the injected clock before the ticket fails.</summary>
    private readonly ResiliencePipeline retry = options.Value.StepRetries == 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = options.Value.StepRetries,
            Delay = DurationText.Parse(options.Value.StepRetryDelay),
            BackoffType = DelayBackoffType.Exponential,
        }).Build();

    /// <summary>Provisions every ticket that is waiting; returns how many it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var waiting = await store.QueryAsync(new TicketQuery(States: Waiting), cancellationToken);
        foreach (var ticket in waiting) await ProvisionAsync(ticket.Id, cancellationToken);
        if (announcements.AnyOwed)
        {
            // An earlier process stopped after storing an outcome: the rules may not have followed it yet either.
            await grants.ApplyAsync(cancellationToken);
            await announcements.DeliverOwedAsync(cancellationToken);
        }
        await endings.FinishOwedAsync(cancellationToken);
        return waiting.Count;
    }

    /// <summary>True while some ticket is approved or provisioning, an outcome is still to be told or an ending is owed.</summary>
    public async Task<bool> HasWorkAsync(CancellationToken cancellationToken) =>
        (await store.QueryAsync(new TicketQuery(States: Waiting), cancellationToken)).Count > 0 || announcements.AnyOwed || endings.AnyOwed;

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

    private async Task ProvisionAsync(string id, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(id, cancellationToken);
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
            ticket.BeginStep(step, time.GetUtcNow());
            await store.SaveAsync(ticket, cancellationToken);
            await ProgressAsync(ticket.Data, people, cancellationToken);
            try
            {
                await RunStepAsync(step, ticket.Data, people, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Ticket}: step {Step} failed", id, step);
                ticket.FailProvisioning(step, e.Message, time.GetUtcNow());
                await announcements.ExpectAsync(id, cancellationToken);
                await store.SaveAsync(ticket, cancellationToken);
                await grants.ApplyAsync(cancellationToken);
                await announcements.DeliverAsync(ticket.Data, cancellationToken);
                return;
            }
            ticket.CompleteStep(step, time.GetUtcNow());
            await store.SaveAsync(ticket, cancellationToken);
            await ProgressAsync(ticket.Data, people, cancellationToken);
        }

        ticket.Activate(time.GetUtcNow(), Outcomes(ticket.Data));
        await announcements.ExpectAsync(id, cancellationToken);
        await store.SaveAsync(ticket, cancellationToken);
        logger.LogInformation("{Ticket} is active until {Expiry}", id, ticket.Data.ExpiresAt);
        await announcements.DeliverAsync(ticket.Data, cancellationToken);
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
