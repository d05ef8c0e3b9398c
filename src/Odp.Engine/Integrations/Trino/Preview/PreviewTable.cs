using Microsoft.Extensions.Options;
using Odp.Engine.Budget;
using Odp.Engine.Catalog;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Preview;

/// <summary>
/// The first <see cref="Rows"/> rows of a table, queried as the asking person (their directory id is the
/// <c>X-Trino-User</c>), so Trino's own rules decide. Needs <c>Odp:Trino:Queries=true</c>. Trino's refusal is a
/// <see cref="NotAllowedException"/> with a <see cref="RequestAccessHint"/>; its other query errors are invalid requests.
/// </summary>
public sealed class PreviewTable(TrinoClient trino, IOptions<TrinoOptions> options)
{
    public const int Rows = 10;

    public async Task<TablePreview> PreviewAsync(string user, string? tableName, CancellationToken cancellationToken)
    {
        if (!options.Value.Queries)
        {
            throw new InvalidRequestException(
                $"Preview needs a Trino connection; an admin can enable it with {TrinoOptions.Section}:Queries=true (and {TrinoOptions.Section}:CoordinatorUrl).");
        }

        if (!DatasetName.TryParse(InputLimits.Name(tableName, "A dataset name"), out var table))
            throw new InvalidRequestException($"'{InputLimits.Shown(tableName ?? "")}' is not a table name like catalog.schema.table.");

        try
        {
            var result = await trino.QueryAsync($"SELECT * FROM {TrinoSql.QualifiedTable(table)} LIMIT {Rows}", new TrinoSession(user), Rows, cancellationToken);
            return new TablePreview(table, user, result);
        }
        catch (TrinoQueryException e) when (e.IsAccessDenied)
        {
            throw new NotAllowedException($"Trino refused: {e.Message}", new RequestAccessHint(table.ToString()));
        }
        catch (TrinoQueryException e)
        {
            throw new InvalidRequestException($"Trino couldn't preview {table}: {e.Message}");
        }
    }
}
