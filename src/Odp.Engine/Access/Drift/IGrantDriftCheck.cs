namespace Odp.Engine.Access.Drift;

/// <summary>
/// Compares what the enforcement point holds with the grants that must hold, without changing anything. One per
/// enforcement mode: the rules file, or SQL grants.
/// </summary>
public interface IGrantDriftCheck
{
    /// <summary>What is checked, for people: e.g. <c>Trino rules</c>.</summary>
    string Title { get; }

    /// <summary>Where, for logs and the audit: e.g. the rules file's path.</summary>
    string Location { get; }

    /// <summary>The audit entry's <c>what</c>, e.g. <c>trino-rules-drift-repair</c>.</summary>
    string AuditWhat { get; }

    /// <summary>What one difference is called: <c>rule</c> or <c>grant</c>.</summary>
    string Unit { get; }

    /// <summary>The differences; null when nothing is managed yet (no rules file and no grants), which is not drift.</summary>
    Task<DriftFindings?> FindAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken);
}
