using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// The only way names reach SQL here: as quoted identifiers. Nothing else from user text is ever put into a statement.
/// </summary>
public static class TrinoSql
{
    /// <summary>
    /// <c>"name"</c> with every inner <c>"</c> doubled, so any text is one identifier and never SQL. Empty names and
    /// NUL characters are refused: Trino accepts neither.
    /// </summary>
    public static string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new ArgumentException("An identifier can't be empty.", nameof(name));
        if (name.Contains('\0')) throw new ArgumentException("An identifier can't contain a NUL character.", nameof(name));
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary><c>"catalog"."schema"."table"</c>.</summary>
    public static string QualifiedTable(DatasetName table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{QuoteIdentifier(table.Catalog)}.{QuoteIdentifier(table.Schema)}.{QuoteIdentifier(table.Table)}";
    }
}
