namespace Odp.Engine.Access.Drift;

/// <summary>
/// What a <see cref="IGrantDriftCheck"/> found: entries the grants require that are missing, entries present that
/// nothing requires, the same entries in another order (order matters where the first match wins), or a state that
/// could not be read at all.
/// </summary>
public sealed record DriftFindings(IReadOnlyList<string> Missing, IReadOnlyList<string> Extra, bool Reordered, bool Unreadable);
