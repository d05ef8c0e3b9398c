using System.Text;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Preview;

namespace Odp.Bot.Conversation.Handlers;

/// <summary>
/// <c>preview</c>: the first rows of a table as the asking user sees them (<see cref="PreviewTable"/>, the engine's use
/// case), shown as a monospace table.
/// </summary>
public sealed class PreviewCommands(PreviewTable previews)
{
    /// <summary>Longest cell shown; longer values are cut with an ellipsis.</summary>
    public const int MaxCell = 40;

    public async Task<Reply> PreviewAsync(string user, ParsedCommand command, CancellationToken cancellationToken)
    {
        var preview = await previews.PreviewAsync(user, command.Argument(0), cancellationToken);
        return new TextReply($"{preview.Table} — first {preview.Result.Rows.Count} row(s) as {preview.User}:\n{Render(preview.Result)}");
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
