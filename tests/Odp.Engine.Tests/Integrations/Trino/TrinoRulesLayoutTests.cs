using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;

namespace Odp.Engine.Tests.Integrations.Trino;

/// <summary>Group grants and the base → managed → defaults layout of the rules file.</summary>
public sealed class TrinoRulesLayoutTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Grant G(string user, string table, AccessLevel level = AccessLevel.Read, string? group = null, string ticket = "T-1") =>
        new(ticket, user, DatasetName.Parse(table), level, group);

    private static bool Can(TrinoRulesDocument doc, string user, string[] groups, string table, TrinoPrivilege privilege = TrinoPrivilege.Select) =>
        new TrinoRulesEvaluator(doc).Evaluate(user, groups, DatasetName.Parse(table), privilege).Allowed;

    [Fact]
    public void Build_GroupGrant_GrantsTheGroupsMembersOnly()
    {
        var doc = TrinoRulesBuilder.Build(null, [G("alice", "lake.sales.orders", group: "analysts")]);

        var rule = doc.Tables![0];
        Assert.Equal(("analysts", null), (rule.Group, rule.User));
        Assert.True(Can(doc, "erin", ["data-science", "analysts"], "lake.sales.orders"));
        Assert.False(Can(doc, "alice", [], "lake.sales.orders"));
        Assert.False(Can(doc, "erin", ["analysts"], "lake.sales.customers"));
    }

    [Fact]
    public void Build_UserReadAndGroupWrite_MemberGetsTheStrongerLevel()
    {
        var doc = TrinoRulesBuilder.Build(null,
            [G("alice", "lake.sales.orders"), G("erin", "lake.sales.orders", AccessLevel.Write, group: "analysts", ticket: "T-2")]);

        Assert.True(Can(doc, "alice", ["analysts"], "lake.sales.orders", TrinoPrivilege.Insert));
        Assert.True(Can(doc, "alice", [], "lake.sales.orders"));
        Assert.False(Can(doc, "alice", [], "lake.sales.orders", TrinoPrivilege.Insert));
    }

    [Fact]
    public void Layout_BaseRules_ComeFirstThenManagedThenDefaults()
    {
        var baseRules = TrinoRulesDocument.Parse("""{ "catalogs": [ { "role": "admin", "allow": "all" } ] }""");

        var layout = TrinoRulesBuilder.Layout(baseRules, [G("alice", "lake.sales.orders"), G("bob", "lake.hr.people")]);
        var doc = layout.ToDocument();

        Assert.Equal(1..3, layout.ManagedRange("catalogs"));
        Assert.Equal(0..2, layout.ManagedRange("tables"));
        Assert.Equal("admin", doc.Catalogs![0].Role);
        Assert.Equal(["alice", "bob"], doc.Catalogs!.Take(layout.ManagedRange("catalogs")).Select(c => c.User));
        Assert.Equal((".*", "none"), (doc.Catalogs![^1].Catalog, doc.Catalogs![^1].Allow));
        Assert.Equal(TrinoRulesBuilder.Build(baseRules, [G("alice", "lake.sales.orders"), G("bob", "lake.hr.people")]).ToJson(), doc.ToJson());
    }

    [Fact]
    public async Task ApplyAsync_GroupGrant_IndexNamesTheGroup()
    {
        var enforcer = new FileRulesEnforcer(Options.Create(new TrinoOptions()), new DataDirectory(_temp.Path), NullLogger<FileRulesEnforcer>.Instance);

        await enforcer.ApplyAsync([G("alice", "lake.sales.orders", group: "analysts", ticket: "ODP-3")], CancellationToken.None);

        var entry = JsonNode.Parse(File.ReadAllText(enforcer.IndexFile))!.AsArray().Single()!.AsObject();
        Assert.Equal("analysts", (string?)entry["group"]);
        Assert.False(entry.ContainsKey("user"));
        Assert.Equal("ODP-3", (string?)entry["tickets"]![0]);
    }
}
