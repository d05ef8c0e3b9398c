namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// A table privilege as Trino's <c>tables</c> rules name it. <see cref="Select"/> and <see cref="GrantSelect"/>
/// need catalog access <c>read-only</c> or <c>all</c>; every other privilege needs catalog access <c>all</c>.
/// </summary>
public enum TrinoPrivilege
{
    Select,
    Insert,
    Update,
    Delete,
    Ownership,
    GrantSelect,
}
