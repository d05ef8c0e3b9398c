using System.Text;
using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Access;
using Odp.Engine.Budget;
using Odp.Engine.Catalog;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Bot.Conversation.Handlers;

/// <summary>
/// <c>preview</c>: the first <see cref="Rows"/> rows of a table, queried as the asking user (their directory id is the
/// <c>X-Trino-User</c>), so Trino's own rules decide. Needs <c>Odp:Trino:Queries=true</c>.
/// </summary>
public sealed class PreviewCommands(TrinoClient trino, IOptions<TrinoOptions> options)
{
    public const int Rows = 10;

    /// <summary>Longest cell shown; longer values are cut with an ellipsis.</summary>
    public const int MaxCell = 40;

    public async Task<Reply> PreviewAsync(string user, ParsedCommand command, CancellationToken cancellationToken)
    {
        if (!options.Value.Queries)
        {
            throw new InvalidRequestException(
                $"Preview needs a Trino connection; an admin can enable it with {TrinoOptions.Section}:Queries=true (and {TrinoOptions.Section}:CoordinatorUrl).");
        }

        if (!DatasetName.TryParse(InputLimits.Name(command.Argument(0), "A dataset name"), out var table))
        {
            throw new InvalidRequestException($"'{command.Argument(0)}' is not a table name like catalog.schema.table.");
        }

        TrinoQueryResult result;
        try
        {
            result = await trino.QueryAsync($"SELECT * FROM {TrinoSql.QualifiedTable(table)} LIMIT {Rows}", new TrinoSession(user), Rows, cancellationToken);
        }
        catch (TrinoQueryException e) when (e.IsAccessDenied)
        {
            return new TextReply($"Trino refused: {e.Message} — request access with /odp request {table} --reason \"…\"");
        }
        catch (TrinoQueryException e)
        {
            return new TextReply($"Trino couldn't preview {table}: {e.Message}");
        }

        return new TextReply($"{table} — first {result.Rows.Count} row(s) as {user}:\n{Render(result)}");
    }

    /// <summary>A monospace table: a header, a rule, then the rows, each column padded to its widest cell.</summary>
    public static string Render(TrinoQueryResult result)
    {
        var header = result.Columns.Select(c => c.Name).ToArray();
        var cells = result.Rows.Select(r => Enumerable.Range(0, header.Length).Select(i => Cut(i < r.Values.Count ? r.Text(i) : "")).ToArray()).ToList();
        var widths = header.Select((h, i) => cells.Select(row => row[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder("```\n");
        text.AppendLine(Line(header, widths));
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells) text.AppendLine(Line(row, widths));
        if (cells.Count == 0) text.AppendLine("(no rows)");
        return text.Append("```").ToString();
    }

    private static string Line(IReadOnlyList<string> values, int[] widths) =>
        string.Join(" | ", values.Select((v, i) => v.PadRight(widths[i]))).TrimEnd();

    private static string Cut(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= MaxCell ? flat : flat[..(MaxCell - 1)] + "…";
    }
}
