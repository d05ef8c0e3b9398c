namespace Odp.Engine.Errors;

/// <summary>Find a dataset, then ask for it for the team workspace <paramref name="Workspace"/>.</summary>
public sealed record FindAndRequestHint(string Workspace) : ErrorHint;
