using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Drift;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// Drift of SQL grants: privileges a ticket needs that nobody's grant holds (e.g. a hand REVOKE), and privileges
/// granted by OpenDataPlane's account that no ticket needs (e.g. a hand GRANT made with that account).
/// </summary>
public sealed class SqlGrantDrift(SqlGrantEnforcer enforcer, IOptions<TrinoOptions> options) : IGrantDriftCheck
{
    public string Title => "Trino grants";

    public string Location => $"the SQL grants made by {options.Value.User}";

    public string AuditWhat => "trino-grants-drift-repair";

    public string Unit => "grant";

    public async Task<DriftFindings?> FindAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken)
    {
        var plan = await enforcer.PlanAsync(grants, cancellationToken);
        return new DriftFindings([.. plan.Missing.Select(p => p.ToString())], [.. plan.Extra.Select(p => p.ToString())], Reordered: false, Unreadable: false);
    }
}
