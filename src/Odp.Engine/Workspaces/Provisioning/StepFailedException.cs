namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// Thrown by a step whose failure retrying at once cannot fix (someone has to act first, e.g. a merge request was
/// closed): the worker fails the ticket with <see cref="Exception.Message"/> without the step's retries.
/// </summary>
public sealed class StepFailedException(string message) : Exception(message);
