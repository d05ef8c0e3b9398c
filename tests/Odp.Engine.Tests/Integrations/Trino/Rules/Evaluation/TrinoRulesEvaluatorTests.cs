using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;

namespace Odp.Engine.Tests.Integrations.Trino.Rules.Evaluation;

/// <summary>Each semantic of protocols/trino.md §2, case by case, and the docs' own examples.</summary>
public sealed class TrinoRulesEvaluatorTests
{
    private const string AliceLake = """
        {
          "catalogs": [ { "user": "alice", "catalog": "lake", "allow": "read-only" }, { "catalog": ".*", "allow": "none" } ],
          "tables": [ { "user": "alice", "catalog": "lake", "schema": "sales", "table": "orders", "privileges": ["SELECT"] } ]
        }
        """;

    // (case, rules, user, groups, table, privilege, allowed)
    public static TheoryData<string, string, string, string[], string, TrinoPrivilege, bool> Cases => new()
    {
        { "no rules at all allow everything", "{}", "anyone", [], "lake.sales.orders", TrinoPrivilege.Delete, true },
        { "first match wins: later allow is shadowed", """
            { "tables": [ { "user": "bob", "privileges": [] }, { "privileges": ["SELECT"] } ] }
            """, "bob", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "first match wins: others reach the later rule", """
            { "tables": [ { "user": "bob", "privileges": [] }, { "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, true },
        { "regex must match the whole name, not a prefix", """
            { "tables": [ { "table": "order", "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "regex must match the whole name, not a substring", """
            { "tables": [ { "user": "ali", "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "alternation is anchored as a whole", """
            { "tables": [ { "table": "x|orders", "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, true },
        { "absent fields mean .*", """
            { "tables": [ { "privileges": ["SELECT"] } ] }
            """, "anyone", [], "a.b.c", TrinoPrivilege.Select, true },
        { "no table rule matches: deny", AliceLake, "alice", [], "lake.sales.customers", TrinoPrivilege.Select, false },
        { "no catalog rule matches: deny", """
            { "catalogs": [ { "catalog": "other", "allow": "all" } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "empty table section denies tables", """{ "tables": [] }""", "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "empty catalog section denies catalogs", """{ "catalogs": [] }""", "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "empty catalog section still leaves system", """{ "catalogs": [] }""", "alice", [], "system.runtime.nodes", TrinoPrivilege.Select, true },
        { "SELECT passes a read-only catalog", AliceLake, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, true },
        { "INSERT needs catalog all", """
            { "catalogs": [ { "catalog": "lake", "allow": "read-only" } ], "tables": [ { "privileges": ["SELECT", "INSERT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Insert, false },
        { "INSERT passes catalog all with the privilege", """
            { "catalogs": [ { "catalog": "lake", "allow": "all" } ], "tables": [ { "privileges": ["SELECT", "INSERT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Insert, true },
        { "UPDATE needs the table privilege too", """
            { "catalogs": [ { "catalog": "lake", "allow": "all" } ], "tables": [ { "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Update, false },
        { "catalog none denies even with table privileges", """
            { "catalogs": [ { "catalog": "lake", "allow": "none" } ], "tables": [ { "privileges": ["SELECT"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "legacy allow true is all", """
            { "catalogs": [ { "catalog": "lake", "allow": true } ], "tables": [ { "privileges": ["DELETE"] } ] }
            """, "alice", [], "lake.sales.orders", TrinoPrivilege.Delete, true },
        { "information_schema is exempt from table rules", AliceLake, "alice", [], "lake.information_schema.tables", TrinoPrivilege.Select, true },
        { "information_schema still needs the catalog", AliceLake, "bob", [], "lake.information_schema.tables", TrinoPrivilege.Select, false },
        { "system is open by default after catalog rules", """
            { "catalogs": [ { "catalog": "lake", "allow": "all" } ] }
            """, "alice", [], "system.runtime.nodes", TrinoPrivilege.Select, true },
        { "a catalog .* none rule shadows the built-in system rule", AliceLake, "alice", [], "system.runtime.nodes", TrinoPrivilege.Select, false },
        { "group matches any of the user's groups", """
            { "tables": [ { "group": "finance|hr", "privileges": ["SELECT"] } ] }
            """, "dana", ["eng", "hr"], "lake.sales.orders", TrinoPrivilege.Select, true },
        { "group rule does not match a user without groups", """
            { "tables": [ { "group": ".*", "privileges": ["SELECT"] } ] }
            """, "dana", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "role rules never match users without roles", """
            { "tables": [ { "role": ".*", "privileges": ["SELECT"] } ] }
            """, "dana", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        { "names are lower-cased like Trino does", AliceLake, "alice", [], "LAKE.Sales.Orders", TrinoPrivilege.Select, true },
        { "user names are case-sensitive", AliceLake, "Alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
        // The docs' examples.
        { "docs tables: admin role does not apply to plain users", TrinoRulesFixtures.TablesExample, "banned_user", [], "default.hr.employee", TrinoPrivilege.Select, false },
        { "docs tables: anyone may read hr.employee", TrinoRulesFixtures.TablesExample, "alice", [], "default.hr.employee", TrinoPrivilege.Select, true },
        { "docs tables: no INSERT on hr.employee", TrinoRulesFixtures.TablesExample, "alice", [], "default.hr.employee", TrinoPrivilege.Insert, false },
        { "docs tables: default.default.* readable", TrinoRulesFixtures.TablesExample, "alice", [], "default.default.anything", TrinoPrivilege.Select, true },
        { "docs tables: other tables denied", TrinoRulesFixtures.TablesExample, "alice", [], "default.hr.salaries", TrinoPrivilege.Select, false },
        { "docs catalogs: finance group gets postgres", TrinoRulesFixtures.CatalogsExample, "eve", ["finance"], "postgres.public.t", TrinoPrivilege.Insert, true },
        { "docs catalogs: others do not", TrinoRulesFixtures.CatalogsExample, "eve", ["sales"], "postgres.public.t", TrinoPrivilege.Select, false },
        { "docs catalogs: alice reads postgresql", TrinoRulesFixtures.CatalogsExample, "alice", [], "postgresql.public.t", TrinoPrivilege.Select, true },
        { "docs catalogs: alice cannot write postgresql", TrinoRulesFixtures.CatalogsExample, "alice", [], "postgresql.public.t", TrinoPrivilege.Insert, false },
        { "docs catalogs: everyone gets hive", TrinoRulesFixtures.CatalogsExample, "zed", [], "hive.s.t", TrinoPrivilege.Delete, true },
        { "docs catalogs: system denied to non-admins", TrinoRulesFixtures.CatalogsExample, "zed", [], "system.runtime.nodes", TrinoPrivilege.Select, false },
        { "docs verify: system blocked", TrinoRulesFixtures.VerifyBlockAll, "alice", [], "system.runtime.nodes", TrinoPrivilege.Select, false },
        { "docs verify: other catalogs match no rule", TrinoRulesFixtures.VerifyBlockAll, "alice", [], "lake.sales.orders", TrinoPrivilege.Select, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Case_MatchesTrino(string description, string rules, string user, string[] groups, string table, TrinoPrivilege privilege, bool allowed)
    {
        var decision = new TrinoRulesEvaluator(TrinoRulesDocument.Parse(rules)).Evaluate(user, groups, DatasetName.Parse(table), privilege);

        Assert.True(allowed == decision.Allowed, $"{description}: expected {(allowed ? "allow" : "deny")}, got {decision.Reason}");
    }
}
