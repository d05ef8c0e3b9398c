using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Integrations.Trino.Verification;

/// <summary>
/// The last provisioning step (only with <c>Odp:Trino:Verify=true</c>): asks Trino, as the ticket's user, for
/// <c>SELECT * FROM "c"."s"."t" LIMIT 0</c>. Trino reloads the rules file every <see cref="TrinoOptions.RefreshPeriod"/>,
/// so a refusal is retried on the injected clock until that period plus <see cref="Margin"/> has passed; then the step
/// throws with Trino's own message and the worker fails the ticket naming this step.
/// </summary>
public sealed partial class TrinoVerificationStep(
    TrinoClient trino, IOptions<TrinoOptions> options, TimeProvider time, ILogger<TrinoVerificationStep> logger) : IProvisioningStep
{
    public const string StepName = "trino-verify";

    /// <summary>Beyond the refresh period: Trino's reload and our write are not synchronised.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    public string Name => StepName;

    public string? Outcome(TicketData ticket) =>
        $"Trino verified the grant: {ticket.User} ran SELECT * FROM {TrinoSql.QualifiedTable(DatasetName.Parse(ticket.Dataset))} LIMIT 0";

    public async Task RunAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        var table = DatasetName.Parse(ticket.Dataset);
        var sql = $"SELECT * FROM {TrinoSql.QualifiedTable(table)} LIMIT 0";
        var period = DurationText.Parse(options.Value.RefreshPeriod);
        var pause = period / 5 > TimeSpan.FromMilliseconds(200) ? period / 5 : TimeSpan.FromMilliseconds(200);
        var deadline = time.GetUtcNow() + period + Margin;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await trino.QueryAsync(sql, new TrinoSession(ticket.User), maxRows: 0, cancellationToken).ConfigureAwait(false);
                LogVerified(logger, ticket.Id, attempt);
                return;
            }
            catch (TrinoQueryException e) when (time.GetUtcNow() + pause <= deadline)
            {
                LogNotYet(logger, ticket.Id, e.ErrorName, attempt);
            }
            catch (TrinoQueryException e)
            {
                throw new InvalidOperationException($"Trino still refuses {ticket.User} on {table} after {DurationText.Format(period + Margin)}: {e.Message}", e);
            }

            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Ticket}: Trino verified the grant (attempt {Attempt})")]
    private static partial void LogVerified(ILogger logger, string ticket, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Ticket}: Trino refused ({ErrorName}) on attempt {Attempt}; the rules may not be loaded yet")]
    private static partial void LogNotYet(ILogger logger, string ticket, string errorName, int attempt);
}
