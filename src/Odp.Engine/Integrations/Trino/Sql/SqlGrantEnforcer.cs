using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Discovery;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// Enforces grants with SQL (<c>Odp:Trino:Enforcement=sql</c>, for connectors with SQL-standard security such as Hive
/// with <c>hive.security=sql-standard</c>): reads what Trino holds (<see cref="LiveSqlGrants"/>), then revokes what
/// OpenDataPlane granted and no ticket wants any more and grants what is missing (<see cref="SqlGrantPlan"/>), as
/// <c>Odp:Trino:User</c>. Idempotent: a second call with the same grants changes nothing, a grant that already holds or
/// a revoke of something gone is done (<see cref="SqlGrantErrors"/>). Revokes run first, and every statement is tried
/// even when one fails; then the failures are thrown together.
/// </summary>
public sealed partial class SqlGrantEnforcer(
    TrinoClient trino, TrinoCatalogs catalogs, LiveSqlGrants live, IOptions<TrinoOptions> options, ILogger<SqlGrantEnforcer> logger)
    : IAccessEnforcer
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task ApplyAsync(IReadOnlyCollection<Grant> grants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grants);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var plan = await PlanAsync(grants, cancellationToken);
            var failures = new List<string>();
            foreach (var revoke in SqlGrantPlan.Statements(plan.Extra))
                await RunAsync(revoke, revoke: true, failures, cancellationToken);
            foreach (var grant in SqlGrantPlan.Statements(plan.Missing))
                await RunAsync(grant, revoke: false, failures, cancellationToken);
            if (failures.Count > 0) throw new InvalidOperationException(string.Join(" ", failures));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>What <see cref="ApplyAsync"/> would change for these grants, without changing anything.</summary>
    public async Task<SqlGrantPlan> PlanAsync(IReadOnlyCollection<Grant> grants, CancellationToken cancellationToken)
    {
        var wanted = grants.SelectMany(SqlPrivilege.For).ToList();
        var held = await live.ReadAsync(wanted.Select(p => p.Table.Catalog), cancellationToken);
        return SqlGrantPlan.Compare(wanted, held, options.Value.User);
    }

    private async Task RunAsync(IReadOnlyCollection<SqlPrivilege> privileges, bool revoke, List<string> failures, CancellationToken cancellationToken)
    {
        var sql = revoke ? SqlGrantStatements.Revoke(privileges) : SqlGrantStatements.Grant(privileges);
        var what = string.Join(", ", privileges);
        try
        {
            await trino.QueryAsync(sql, catalogs.Session(), maxRows: 0, cancellationToken);
            LogChanged(logger, revoke ? "Revoked" : "Granted", what);
        }
        catch (TrinoQueryException e) when (SqlGrantErrors.AlreadyDone(revoke, e))
        {
            LogAlreadyDone(logger, what, e.ErrorName);
        }
        catch (TrinoQueryException e)
        {
            failures.Add(SqlGrantErrors.Explain(revoke, privileges, e));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Verb} in Trino: {What}")]
    private static partial void LogChanged(ILogger logger, string verb, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trino already had it so ({ErrorName}): {What}")]
    private static partial void LogAlreadyDone(ILogger logger, string what, string errorName);
}
