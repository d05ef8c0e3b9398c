using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>One seeded table: its columns (name, type and optional comment) and rows.</summary>
internal sealed record FakeTrinoTable(
    string Catalog, string Schema, string Name, IReadOnlyList<(string Name, string Type)> Columns, object?[][] Rows,
    IReadOnlyDictionary<string, string>? Comments = null);

/// <summary>One table privilege as Trino's SQL-standard security stores it (one row of <c>table_privileges</c>).</summary>
internal sealed record FakeTrinoGrant(
    string Grantor, string GranteeType, string Grantee, string Catalog, string Schema, string Table, string Privilege);

/// <summary>
/// What the fake Trino knows: catalogs and tables, each user's groups (Trino's group provider) and table privileges
/// granted with SQL. Access to a table is decided by the rules file when <see cref="RulesFile"/> is set (re-read each
/// time, as with <c>security.refresh-period</c>), else by the SQL grants when <see cref="SqlStandardAccess"/> is on
/// (a grant to a role counts for the members of the group of that name, as when an admin keeps one role per group),
/// else everyone may read everything. Thread-safe.
/// </summary>
internal sealed class FakeTrinoModel
{
    public static readonly string[] GrantablePrivileges = ["SELECT", "INSERT", "UPDATE", "DELETE"];

    private readonly object gate = new();
    private readonly Dictionary<string, FakeTrinoTable> tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> emptyCatalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> groups = new(StringComparer.Ordinal);
    private readonly List<FakeTrinoGrant> grants = [];

    public string? RulesFile { get; set; }

    /// <summary>True: the connector supports GRANT/REVOKE and enforces them (like Hive with <c>hive.security=sql-standard</c>).</summary>
    public bool SqlStandardAccess { get; set; }

    public void AddTable(FakeTrinoTable table)
    {
        lock (gate) tables[Key(table.Catalog, table.Schema, table.Name)] = table;
    }

    public void AddCatalog(string catalog)
    {
        lock (gate) emptyCatalogs.Add(catalog);
    }

    /// <summary>Drops a table and, as Hive does, every privilege on it.</summary>
    public void DropTable(string catalog, string schema, string table)
    {
        lock (gate)
        {
            tables.Remove(Key(catalog, schema, table));
            grants.RemoveAll(g => g.Catalog == catalog && g.Schema == schema && g.Table == table);
        }
    }

    public void SetGroups(string user, params string[] userGroups)
    {
        lock (gate) groups[user] = userGroups;
    }

    public IReadOnlyList<string> GroupsOf(string user)
    {
        lock (gate) return groups.TryGetValue(user, out var g) ? g : [];
    }

    public bool RoleExists(string role)
    {
        lock (gate) return groups.Values.Any(g => g.Contains(role, StringComparer.Ordinal));
    }

    public FakeTrinoTable? FindTable(string catalog, string schema, string table)
    {
        lock (gate) return tables.GetValueOrDefault(Key(catalog, schema, table));
    }

    public IReadOnlyList<FakeTrinoTable> Tables(string catalog)
    {
        lock (gate) return [.. tables.Values.Where(t => t.Catalog == catalog).OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Catalogs()
    {
        lock (gate) return [.. tables.Values.Select(t => t.Catalog).Concat(emptyCatalogs).Append("system").Distinct().Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<FakeTrinoGrant> Grants
    {
        get { lock (gate) return [.. grants]; }
    }

    /// <summary>Adds privileges not yet held by the grantee; one already held is left as it is.</summary>
    public void Grant(FakeTrinoGrant grant)
    {
        lock (gate)
        {
            if (!grants.Any(g => SameTarget(g, grant) && g.Privilege == grant.Privilege)) grants.Add(grant);
        }
    }

    /// <summary>Removes the privilege whoever granted it; nothing to remove is no error (as in Hive).</summary>
    public void Revoke(FakeTrinoGrant grant)
    {
        lock (gate) grants.RemoveAll(g => SameTarget(g, grant) && g.Privilege == grant.Privilege);
    }

    public bool CanSelect(string user, string catalog, string schema, string table)
    {
        if (RulesFile is not null && File.Exists(RulesFile))
        {
            var rules = TrinoRulesDocument.Parse(File.ReadAllText(RulesFile));
            return new TrinoRulesEvaluator(rules).CanSelect(user, [.. GroupsOf(user)], new DatasetName(catalog, schema, table));
        }
        if (!SqlStandardAccess) return true;
        var roles = GroupsOf(user);
        lock (gate)
        {
            return grants.Any(g => g.Catalog == catalog && g.Schema == schema && g.Table == table && g.Privilege == "SELECT"
                && ((g.GranteeType == "USER" && g.Grantee == user) || (g.GranteeType == "ROLE" && roles.Contains(g.Grantee))));
        }
    }

    private static bool SameTarget(FakeTrinoGrant a, FakeTrinoGrant b) =>
        a.GranteeType == b.GranteeType && a.Grantee == b.Grantee && a.Catalog == b.Catalog && a.Schema == b.Schema && a.Table == b.Table;

    private static string Key(string catalog, string schema, string table) => $"{catalog}.{schema}.{table}";
}
