namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// Thrown by a step that is not done yet although nothing failed: it waits on something outside OpenDataPlane (a
/// merge request to be merged). The worker records <see cref="Note"/> on the step, keeps it running, and runs it again
/// on a later pass; it is not retried at once and does not fail the ticket.
/// </summary>
public sealed class StepWaitingException(string note) : Exception(note)
{
    /// <summary>What the step waits for, shown under it on the progress card (e.g. <c>waiting for merge of !4 …</c>).</summary>
    public string Note { get; } = note;
}
