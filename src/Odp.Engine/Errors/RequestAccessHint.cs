namespace Odp.Engine.Errors;

/// <summary>Ask the owners of <paramref name="Dataset"/> for access (a request with a reason).</summary>
public sealed record RequestAccessHint(string Dataset) : ErrorHint;
