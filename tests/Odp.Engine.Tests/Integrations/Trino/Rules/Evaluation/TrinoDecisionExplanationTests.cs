using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;

namespace Odp.Engine.Tests.Integrations.Trino.Rules.Evaluation;

public sealed class TrinoDecisionExplanationTests
{
    private static readonly TrinoRulesDocument Doc = TrinoRulesDocument.Parse("""
        {
          "catalogs": [ { "user": "alice", "catalog": "lake", "allow": "read-only" }, { "catalog": ".*", "allow": "none" } ],
          "tables": [ { "user": "alice", "catalog": "lake", "schema": "sales", "table": "orders", "privileges": ["SELECT"] } ]
        }
        """);

    private static TrinoDecision Eval(string user, string table, TrinoPrivilege privilege = TrinoPrivilege.Select) =>
        new TrinoRulesEvaluator(Doc).Evaluate(user, [], DatasetName.Parse(table), privilege);

    [Fact]
    public void Evaluate_Allowed_NamesBothDecidingRules()
    {
        var decision = Eval("alice", "lake.sales.orders");

        Assert.True(decision.Allowed);
        Assert.Equal(("catalogs", 1), (decision.Catalog.Rule!.Section, decision.Catalog.Rule.Number));
        Assert.Equal(("tables", 1), (decision.Table.Rule!.Section, decision.Table.Rule.Number));
        Assert.Equal(
            "catalog rule #1 (user alice, catalog lake, allow read-only) and table rule #1 (user alice, lake.sales.orders, privileges SELECT) match first",
            decision.Reason);
        Assert.Contains("\"privileges\":[\"SELECT\"]", decision.Table.Rule.Json);
    }

    [Fact]
    public void Evaluate_NoMatch_SaysTrinoDeniesByDefault()
    {
        var decision = Eval("bob", "lake.sales.orders");

        Assert.False(decision.Allowed);
        Assert.Equal("catalog rule #2 (everyone, catalog .*, allow none) matches first and denies the catalog; and no table rule matches, so Trino denies by default", decision.Reason);
    }

    [Fact]
    public void Evaluate_ReadOnlyCatalogForInsert_SaysWhatIsNeeded()
    {
        var decision = Eval("alice", "lake.sales.orders", TrinoPrivilege.Insert);

        Assert.False(decision.Allowed);
        Assert.Contains("allows only read-only, and INSERT needs all", decision.Catalog.Explanation);
        Assert.Contains("grants only SELECT, not INSERT", decision.Table.Explanation);
    }

    [Fact]
    public void Evaluate_SystemAfterRules_CitesBuiltInRule()
    {
        var decision = new TrinoRulesEvaluator(TrinoRulesDocument.Parse("""{ "catalogs": [ { "catalog": "lake", "allow": "all" } ] }"""))
            .Evaluate("alice", [], DatasetName.Parse("system.runtime.nodes"), TrinoPrivilege.Select);

        Assert.True(decision.Catalog.Rule!.Implicit);
        Assert.StartsWith("Trino's built-in rule", decision.Catalog.Explanation);
    }

    [Fact]
    public void Evaluate_UnreadablePattern_ThrowsFormatException()
    {
        var doc = TrinoRulesDocument.Parse("""{ "tables": [ { "user": "a*+(", "privileges": [] } ] }""");

        Assert.Throws<FormatException>(() => new TrinoRulesEvaluator(doc).Evaluate("a", [], DatasetName.Parse("l.s.t"), TrinoPrivilege.Select));
    }
}
