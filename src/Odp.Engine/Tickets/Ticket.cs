using Odp.Engine.Access;
using Odp.Engine.Outbox;
using Stateless;
using Stateless.Reflection;

namespace Odp.Engine.Tickets;

/// <summary>
/// An access request and its life. Stateless drives the state; callers only see intent methods.
/// Every transition appends one <see cref="TicketEvent"/>. A trigger the state does not allow throws
/// <see cref="TicketTransitionException"/>. Not thread-safe: callers serialize work per ticket.
/// </summary>
public sealed class Ticket
{
    private readonly StateMachine<TicketState, TicketTrigger> machine;
    private readonly List<OwedWork> owed = [];

    private Ticket(TicketData data)
    {
        Data = data;
        machine = CreateMachine(() => Data.State, s => Data = Data with { State = s });
        machine.OnUnhandledTrigger((state, trigger) => throw new TicketTransitionException(Data.Id, state, trigger, Data.DecidedBy));
    }

    public TicketData Data { get; private set; }

    public string Id => Data.Id;
    public TicketState State => Data.State;

    public static Ticket Open(string id, TicketRequest request, DateTimeOffset at)
    {
        var data = new TicketData(
            id, request.Dataset, request.User, request.Access, request.Duration, request.Reason, request.Workspace,
            TicketState.Pending, at, ExpiresAt: null, DecidedBy: null, DecisionNote: null,
            Events: [new TicketEvent(at, request.User, null, TicketState.Pending, request.Reason)],
            Steps: [], Version: 0, Team: request.Team);
        return new Ticket(data);
    }

    public static Ticket Restore(TicketData data) => new(data);

    /// <summary>The work this change owes, not stored yet: the store writes it with the ticket, in one transaction.</summary>
    public IReadOnlyList<OwedWork> Owed => owed;

    /// <summary>
    /// Records that the change being made owes <paramref name="kind"/>; a <see cref="OwedKind.TellChange"/> tells the
    /// latest event. Stored with the ticket's next save, or not at all.
    /// </summary>
    public void Owe(OwedKind kind) => owed.Add(new OwedWork(kind, kind == OwedKind.TellChange ? Data.Events.Count - 1 : -1));

    /// <summary>Called by the store after a successful write, so the next save checks the right version.</summary>
    internal void MarkSaved(int version)
    {
        Data = Data with { Version = version };
        owed.Clear();
    }

    public bool CanFire(TicketTrigger trigger) => machine.CanFire(trigger);

    public IReadOnlyList<TicketTrigger> PermittedTriggers => [.. Enum.GetValues<TicketTrigger>().Where(machine.CanFire)];

    public void Approve(string by, DateTimeOffset at) => Decide(TicketTrigger.Approve, by, null, at);

    public void Deny(string by, string reason, DateTimeOffset at) => Decide(TicketTrigger.Deny, by, reason, at);

    public void Cancel(string by, DateTimeOffset at) => Move(TicketTrigger.Cancel, by, "cancelled by the requester", at);

    public void Revoke(string by, string? reason, DateTimeOffset at) => Move(TicketTrigger.Revoke, by, reason, at);

    public void Expire(string note, DateTimeOffset at) => Move(TicketTrigger.Expire, Actors.System, note, at);

    /// <summary>Approved → Provisioning, with the given steps all pending.</summary>
    public void StartProvisioning(IReadOnlyList<string> steps, DateTimeOffset at)
    {
        Move(TicketTrigger.StartProvisioning, Actors.System, null, at);
        Data = Data with { Steps = [.. steps.Select(s => new ProvisioningStep(s, StepStatus.Pending))] };
    }

    public void BeginStep(string step, DateTimeOffset at) =>
        UpdateStep(step, s => s with { Status = StepStatus.Running, StartedAt = at, FinishedAt = null, Error = null, Note = null });

    /// <summary>
    /// The running <paramref name="step"/> waits for something outside (see <see cref="ProvisioningStep.Note"/>); it
    /// stays running. True when the note changed, so the progress card has something new to show.
    /// </summary>
    public bool WaitOnStep(string step, string note)
    {
        var changed = Data.Steps.FirstOrDefault(s => s.Name == step)?.Note != note;
        UpdateStep(step, s => s with { Status = StepStatus.Running, Note = note });
        return changed;
    }

    public void CompleteStep(string step, DateTimeOffset at) =>
        UpdateStep(step, s => s with { Status = StepStatus.Done, FinishedAt = at, Error = null, Note = null });

    /// <summary>Provisioning → Failed, naming the step and the backend's own message.</summary>
    public void FailProvisioning(string step, string error, DateTimeOffset at)
    {
        // Check the trigger first: outside Provisioning this is a refused transition, not a step error.
        if (!machine.CanFire(TicketTrigger.FailProvisioning))
            throw new TicketTransitionException(Id, State, TicketTrigger.FailProvisioning, Data.DecidedBy);
        UpdateStep(step, s => s with { Status = StepStatus.Failed, FinishedAt = at, Error = error, Note = null });
        Move(TicketTrigger.FailProvisioning, Actors.System, $"{step} failed: {error}", at);
    }

    /// <summary>Provisioning → Active; the grant lasts the requested duration from now. <paramref name="note"/> goes on the event.</summary>
    public void Activate(DateTimeOffset at, string? note = null)
    {
        if (State == TicketState.Provisioning && Data.Steps.Any(s => s.Status != StepStatus.Done))
            throw new InvalidOperationException($"{Id} can't become active before every provisioning step is done.");
        Move(TicketTrigger.CompleteProvisioning, Actors.System, note, at);
        Data = Data with { ExpiresAt = at + Data.Duration };
    }

    /// <summary>Failed → Provisioning: failed steps go back to pending, finished ones stay done.</summary>
    public void Retry(string by, DateTimeOffset at)
    {
        Move(TicketTrigger.Retry, by, "retry", at);
        Data = Data with
        {
            Steps = [.. Data.Steps.Select(s => s.Status == StepStatus.Done ? s : new ProvisioningStep(s.Name, StepStatus.Pending))],
        };
    }

    /// <summary>The machine's shape, for docs and tests. Built from the same configuration the tickets use.</summary>
    public static StateMachineInfo Describe()
    {
        var state = TicketState.Pending;
        return CreateMachine(() => state, s => state = s).GetInfo();
    }

    private void Decide(TicketTrigger trigger, string by, string? note, DateTimeOffset at)
    {
        Move(trigger, by, note, at);
        Data = Data with { DecidedBy = by, DecisionNote = note };
    }

    private void Move(TicketTrigger trigger, string by, string? note, DateTimeOffset at)
    {
        var from = State;
        machine.Fire(trigger);
        Data = Data with { Events = [.. Data.Events, new TicketEvent(at, by, from, State, note)] };
    }

    private void UpdateStep(string step, Func<ProvisioningStep, ProvisioningStep> change)
    {
        if (State != TicketState.Provisioning)
            throw new InvalidOperationException($"{Id} is {State}; provisioning steps only change while provisioning.");
        var index = Data.Steps.ToList().FindIndex(s => s.Name == step);
        if (index < 0) throw new ArgumentException($"{Id} has no provisioning step '{step}'.", nameof(step));
        var steps = Data.Steps.ToArray();
        steps[index] = change(steps[index]);
        Data = Data with { Steps = steps };
    }

    private static StateMachine<TicketState, TicketTrigger> CreateMachine(Func<TicketState> read, Action<TicketState> write)
    {
        var m = new StateMachine<TicketState, TicketTrigger>(read, write);
        m.Configure(TicketState.Pending)
            .Permit(TicketTrigger.Approve, TicketState.Approved)
            .Permit(TicketTrigger.Deny, TicketState.Denied)
            .Permit(TicketTrigger.Cancel, TicketState.Cancelled)
            .Permit(TicketTrigger.Expire, TicketState.Expired);
        m.Configure(TicketState.Approved)
            .Permit(TicketTrigger.StartProvisioning, TicketState.Provisioning)
            .Permit(TicketTrigger.Revoke, TicketState.Revoked);
        m.Configure(TicketState.Provisioning)
            .Permit(TicketTrigger.CompleteProvisioning, TicketState.Active)
            .Permit(TicketTrigger.FailProvisioning, TicketState.Failed)
            .Permit(TicketTrigger.Revoke, TicketState.Revoked);
        m.Configure(TicketState.Active)
            .Permit(TicketTrigger.Expire, TicketState.Expired)
            .Permit(TicketTrigger.Revoke, TicketState.Revoked);
        m.Configure(TicketState.Failed)
            .Permit(TicketTrigger.Retry, TicketState.Provisioning)
            .Permit(TicketTrigger.Revoke, TicketState.Revoked);
        return m;
    }
}
