namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// What Trino's file-based access control decides for one user, table and privilege. Both levels are always
/// evaluated so a denial can name every level that fails; access needs both to pass.
/// </summary>
public sealed record TrinoDecision(TrinoPrivilege Privilege, TrinoLevelCheck Catalog, TrinoLevelCheck Table)
{
    public bool Allowed => Catalog.Passed && Table.Passed;

    /// <summary>
    /// Why, in one clause: both explanations when allowed, else the failing ones, e.g.
    /// <c>no table rule matches, so Trino denies by default</c>.
    /// </summary>
    public string Reason => Allowed
        ? Catalog.Rule is { } c && Table.Rule is { } t
            ? $"{c} and {t} match first"
            : $"{Catalog.Explanation}, and {Table.Explanation}"
        : string.Join("; and ", new[] { Catalog, Table }.Where(l => !l.Passed).Select(l => l.Explanation));
}
