using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>What one statement produced: rows to page out, or the failure page to answer with.</summary>
internal sealed record FakeTrinoAnswer(FakeTrinoRelation? Rows, JsonObject? Failure, string? UpdateType = null);

/// <summary>
/// The SQL the fake understands, run against a <see cref="FakeTrinoModel"/>:
/// <list type="bullet">
/// <item><c>SELECT * | col, … FROM name [WHERE col = 'x' [AND …]] [ORDER BY col, …] [LIMIT n]</c> over a seeded table
/// (access checked for the session user), <c>system.metadata.catalogs</c> or a catalog's <c>information_schema</c>;</item>
/// <item><c>GRANT privs ON [TABLE] name TO [USER|ROLE] grantee</c> and <c>REVOKE privs ON [TABLE] name FROM …</c>, with
/// the session user as grantor (<c>NOT_SUPPORTED</c> unless <see cref="FakeTrinoModel.SqlStandardAccess"/>).</item>
/// </list>
/// Unquoted identifiers are lower-cased, quoted ones unescaped. Anything else is a <c>SYNTAX_ERROR</c>.
/// </summary>
internal static partial class FakeTrinoSql
{
    private const string Identifier = """(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_]*)""";
    private const string Name = Identifier + @"(?:\." + Identifier + ")*";

    public static FakeTrinoAnswer Run(FakeTrinoModel model, string sql, string user)
    {
        if (SelectStatement().Match(sql) is { Success: true } select) return Select(model, select, user);
        if (GrantStatement().Match(sql) is { Success: true } grant) return Change(model, grant, user, revoke: false);
        if (RevokeStatement().Match(sql) is { Success: true } revoke) return Change(model, revoke, user, revoke: true);
        return Fail(FakeTrinoPages.Failed("SYNTAX_ERROR", "USER_ERROR", 1, "line 1:1: mismatched input", 1, 1));
    }

    private static FakeTrinoAnswer Select(FakeTrinoModel model, Match match, string user)
    {
        var name = Parts(match.Groups["from"].Value);
        if (name.Count != 3) return Fail(FakeTrinoPages.Failed("MISSING_CATALOG_NAME", "USER_ERROR", 56, "line 1:15: Catalog must be specified", 1, 15));
        var (catalog, schema, table) = (name[0], name[1], name[2]);
        if (!model.Catalogs().Contains(catalog))
            return Fail(FakeTrinoPages.Failed("CATALOG_NOT_FOUND", "USER_ERROR", 44, $"line 1:15: Catalog '{catalog}' not found", 1, 15));

        var relation = FakeTrinoMetadata.Find(model, catalog, schema, table);
        if (relation is null)
        {
            if (model.FindTable(catalog, schema, table) is not { } seeded)
                return Fail(FakeTrinoPages.Failed("TABLE_NOT_FOUND", "USER_ERROR", 46, $"line 1:15: Table '{catalog}.{schema}.{table}' does not exist", 1, 15));
            if (!model.CanSelect(user, catalog, schema, table)) return Fail(FakeTrinoPages.AccessDenied(catalog, schema, table));
            relation = new FakeTrinoRelation(seeded.Columns, seeded.Rows);
        }

        var columns = relation.Columns.Select(c => c.Name).ToList();
        IEnumerable<object?[]> rows = relation.Rows;
        foreach (Match condition in Condition().Matches(match.Groups["where"].Value))
        {
            var at = columns.IndexOf(Parts(condition.Groups["column"].Value)[0]);
            if (at < 0) return ColumnNotFound(condition.Groups["column"].Value);
            var literal = condition.Groups["literal"].Value.Replace("''", "'", StringComparison.Ordinal);
            var equal = condition.Groups["op"].Value == "=";
            rows = rows.Where(r => (r[at]?.ToString() == literal) == equal);
        }

        foreach (var column in Parts(match.Groups["order"].Value).AsEnumerable().Reverse())
        {
            var at = columns.IndexOf(column);
            if (at < 0) return ColumnNotFound(column);
            rows = rows.OrderBy(r => r[at], Comparer<object?>.Create(CompareValues));
        }

        var selected = match.Groups["columns"].Value.Trim() == "*" ? columns : Parts(match.Groups["columns"].Value);
        var indexes = selected.Select(c => columns.IndexOf(c)).ToList();
        if (indexes.IndexOf(-1) is var missing and >= 0) return ColumnNotFound(selected[missing]);
        if (match.Groups["limit"].Success) rows = rows.Take(int.Parse(match.Groups["limit"].Value));
        return new FakeTrinoAnswer(
            new FakeTrinoRelation([.. indexes.Select(i => relation.Columns[i])], [.. rows.Select(r => indexes.Select(i => r[i]).ToArray())]),
            null);
    }

    private static FakeTrinoAnswer Change(FakeTrinoModel model, Match match, string user, bool revoke)
    {
        if (!model.SqlStandardAccess)
            return Fail(FakeTrinoPages.Failed("NOT_SUPPORTED", "USER_ERROR", 13, "This connector does not support grants"));
        var name = Parts(match.Groups["table"].Value);
        if (name.Count != 3 || model.FindTable(name[0], name[1], name[2]) is null)
            return Fail(FakeTrinoPages.Failed("TABLE_NOT_FOUND", "USER_ERROR", 46, $"Table '{string.Join('.', name)}' does not exist"));
        var kind = match.Groups["kind"].Success ? match.Groups["kind"].Value.ToUpperInvariant() : "USER";
        var grantee = Parts(match.Groups["grantee"].Value)[0];
        if (kind == "ROLE" && !model.RoleExists(grantee))
            return Fail(FakeTrinoPages.Failed("ROLE_NOT_FOUND", "USER_ERROR", 48, $"Role '{grantee}' does not exist"));

        var privileges = match.Groups["privileges"].Value.Split(',', StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant()).ToList();
        if (privileges.FirstOrDefault(p => !FakeTrinoModel.GrantablePrivileges.Contains(p)) is { } unknown)
            return Fail(FakeTrinoPages.Failed("INVALID_PRIVILEGE", "USER_ERROR", 78, $"Unknown privilege: '{unknown}'"));
        foreach (var privilege in privileges)
        {
            var row = new FakeTrinoGrant(user, kind, grantee, name[0], name[1], name[2], privilege);
            if (revoke) model.Revoke(row);
            else model.Grant(row);
        }
        return new FakeTrinoAnswer(null, null, revoke ? "REVOKE" : "GRANT");
    }

    private static FakeTrinoAnswer Fail(JsonObject page) => new(null, page);

    private static FakeTrinoAnswer ColumnNotFound(string column) =>
        Fail(FakeTrinoPages.Failed("COLUMN_NOT_FOUND", "USER_ERROR", 47, $"line 1:8: Column '{column}' cannot be resolved", 1, 8));

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (int x, int y) => x.CompareTo(y),
        _ => string.CompareOrdinal(a?.ToString(), b?.ToString()),
    };

    /// <summary>The identifiers in a dotted name or a comma-separated list, in order.</summary>
    private static List<string> Parts(string text) =>
        [.. IdentifierPattern().Matches(text).Select(m => m.Value.StartsWith('"')
            ? m.Value[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : m.Value.ToLowerInvariant())];

    [GeneratedRegex(Identifier)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^SELECT (?<columns>\\*|" + Identifier + "(?:, ?" + Identifier + ")*) FROM (?<from>" + Name + ")"
        + "(?: WHERE (?<where>.+?))?(?: ORDER BY (?<order>" + Identifier + "(?:, ?" + Identifier + ")*))?(?: LIMIT (?<limit>\\d+))?$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SelectStatement();

    [GeneratedRegex("(?<column>" + Identifier + ") ?(?<op>=|<>) ?'(?<literal>(?:[^']|'')*)'(?: AND |$)", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    [GeneratedRegex("^GRANT (?<privileges>[A-Za-z]+(?:, ?[A-Za-z]+)*) ON (?:TABLE )?(?<table>" + Name + ") TO (?:(?<kind>USER|ROLE) )?(?<grantee>" + Identifier + ")$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex GrantStatement();

    [GeneratedRegex("^REVOKE (?<privileges>[A-Za-z]+(?:, ?[A-Za-z]+)*) ON (?:TABLE )?(?<table>" + Name + ") FROM (?:(?<kind>USER|ROLE) )?(?<grantee>" + Identifier + ")$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RevokeStatement();
}
