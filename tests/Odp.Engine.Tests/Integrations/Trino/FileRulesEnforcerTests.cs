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

public sealed class FileRulesEnforcerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Grant G(string user, string table, AccessLevel level = AccessLevel.Read, string ticket = "T-1") =>
        new(ticket, user, DatasetName.Parse(table), level);

    private FileRulesEnforcer Enforcer(string baseRules = "", string rulesFile = "") =>
        new(Options.Create(new TrinoOptions { BaseRulesFile = baseRules, RulesFile = rulesFile }),
            new DataDirectory(_temp.Path), NullLogger<FileRulesEnforcer>.Instance);

    private TrinoRulesDocument ReadBack() =>
        TrinoRulesDocument.Parse(File.ReadAllText(_temp.Combine("trino", "rules.json")));

    [Fact]
    public async Task ApplyAsync_Grants_GrantsExactlyThosePairs()
    {
        await Enforcer().ApplyAsync([G("alice", "lake.sales.orders"), G("bob", "lake.hr.people")], CancellationToken.None);

        var doc = ReadBack();
        var eval = new TrinoRulesEvaluator(doc);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "hr", "people"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "customers"), TrinoPrivilege.Select).Allowed);
        Assert.True(eval.Evaluate("bob", [], new DatasetName("lake", "hr", "people"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("bob", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("mallory", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Insert).Allowed);

        Assert.Equal(
            [("alice", "lake", "sales", "orders"), ("bob", "lake", "hr", "people"), (null, "system", null, null)],
            doc.Tables!.Select(t => (t.User, t.Catalog, t.Schema, t.Table)).ToList());
        Assert.All(doc.Tables!, t => Assert.Equal(["SELECT"], t.Privileges));
        Assert.Equal(
            [("alice", "lake", "sales"), ("bob", "lake", "hr"), (null, "system", null)],
            doc.Schemas!.Select(s => (s.User, s.Catalog, s.Schema)).ToList());
        Assert.All(doc.Schemas!, s => Assert.False(s.Owner));
        Assert.Equal(
            [("alice", "lake", "read-only"), ("bob", "lake", "read-only"), (null, "system", "read-only"), (null, ".*", "none")],
            doc.Catalogs!.Select(c => (c.User, c.Catalog, c.Allow)).ToList());
    }

    [Fact]
    public async Task ApplyAsync_WriteGrant_GivesDmlPrivilegesAndCatalogAll()
    {
        await Enforcer().ApplyAsync([G("alice", "lake.sales.orders", AccessLevel.Write)], CancellationToken.None);

        var doc = ReadBack();
        Assert.Equal(["SELECT", "INSERT", "UPDATE", "DELETE"], doc.Tables![0].Privileges);
        Assert.Equal("all", doc.Catalogs![0].Allow);
        var eval = new TrinoRulesEvaluator(doc);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Insert).Allowed);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Delete).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "other"), TrinoPrivilege.Insert).Allowed);
    }

    [Fact]
    public async Task ApplyAsync_MixedLevelsInOneCatalog_MergesToOneStrongestCatalogRule()
    {
        await Enforcer().ApplyAsync(
            [G("alice", "lake.sales.orders"), G("alice", "lake.sales.items", AccessLevel.Write), G("alice", "lake.sales.orders", AccessLevel.Write, "T-2")],
            CancellationToken.None);

        var doc = ReadBack();
        var alice = Assert.Single(doc.Catalogs!, c => c.User == "alice");
        Assert.Equal("all", alice.Allow);
        Assert.Single(doc.Schemas!, s => s.User == "alice");
        Assert.Equal(2, doc.Tables!.Count(t => t.User == "alice"));
        Assert.All(doc.Tables!.Where(t => t.User == "alice"), t => Assert.Contains("INSERT", t.Privileges));
        var eval = new TrinoRulesEvaluator(doc);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "items"), TrinoPrivilege.Insert).Allowed);
    }

    [Fact]
    public async Task ApplyAsync_NoGrants_DeniesAllButSystemReadOnly()
    {
        await Enforcer().ApplyAsync([], CancellationToken.None);

        var doc = ReadBack();
        Assert.NotNull(doc.Schemas);
        Assert.NotNull(doc.Tables);
        Assert.Equal([(null, "system", "read-only"), (null, ".*", "none")], doc.Catalogs!.Select(c => (c.User, c.Catalog, c.Allow)).ToList());
        var eval = new TrinoRulesEvaluator(doc);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "information_schema", "tables"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
        Assert.True(eval.Evaluate("alice", [], new DatasetName("system", "runtime", "nodes"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("system", "runtime", "nodes"), TrinoPrivilege.Insert).Allowed);
    }

    [Fact]
    public async Task ApplyAsync_BaseRules_ArePlacedFirstInEachSectionAndKeepUnknownFields()
    {
        var basePath = _temp.Combine("base.json");
        await File.WriteAllTextAsync(basePath, """
            {
              "catalogs": [ { "role": "admin", "catalog": ".*", "allow": true } ],
              "tables": [ { "user": "auditor", "catalog": "lake", "privileges": ["SELECT"], "filter": "region = 'eu'" } ],
              "queries": [ { "allow": ["execute", "kill"] } ]
            }
            """);

        await Enforcer(basePath).ApplyAsync([G("alice", "lake.sales.orders")], CancellationToken.None);

        var doc = ReadBack();
        Assert.Equal("admin", doc.Catalogs![0].Role);
        Assert.Equal("all", doc.Catalogs![0].Allow);
        Assert.Equal("auditor", doc.Tables![0].User);
        Assert.Equal("region = 'eu'", doc.Tables![0].Extra!["filter"].GetString());
        Assert.Equal("alice", doc.Tables![1].User);
        Assert.Equal("alice", doc.Schemas![0].User);
        Assert.True(doc.OtherSections!.ContainsKey("queries"));
    }

    [Fact]
    public async Task ApplyAsync_MalformedBaseRules_ThrowsNamingSettingAndPath()
    {
        var basePath = _temp.Combine("broken.json");
        await File.WriteAllTextAsync(basePath, "{ \"catalogs\": [ ");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Enforcer(basePath).ApplyAsync([], CancellationToken.None));

        Assert.Contains("Odp:Trino:BaseRulesFile", error.Message);
        Assert.Contains(basePath, error.Message);
    }

    [Fact]
    public async Task ApplyAsync_MissingBaseRules_ThrowsNamingSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Enforcer(_temp.Combine("absent.json")).ApplyAsync([], CancellationToken.None));

        Assert.Contains("Odp:Trino:BaseRulesFile", error.Message);
    }

    [Fact]
    public async Task ApplyAsync_OneGrantLess_RevokesItsRules()
    {
        var enforcer = Enforcer();
        await enforcer.ApplyAsync([G("alice", "lake.sales.orders"), G("bob", "lake.hr.people")], CancellationToken.None);
        await enforcer.ApplyAsync([G("alice", "lake.sales.orders")], CancellationToken.None);

        var doc = ReadBack();
        Assert.DoesNotContain(doc.Tables!, t => t.User == "bob");
        Assert.DoesNotContain(doc.Schemas!, s => s.User == "bob");
        Assert.DoesNotContain(doc.Catalogs!, c => c.User == "bob");
        Assert.False(new TrinoRulesEvaluator(doc).Evaluate("bob", [], new DatasetName("lake", "hr", "people"), TrinoPrivilege.Select).Allowed);
        Assert.True(new TrinoRulesEvaluator(doc).Evaluate("alice", [], new DatasetName("lake", "sales", "orders"), TrinoPrivilege.Select).Allowed);
    }

    [Fact]
    public async Task ApplyAsync_Write_LeavesNoTempFilesAndWritesIndex()
    {
        await Enforcer().ApplyAsync([G("alice", "lake.sales.orders", ticket: "ODP-7")], CancellationToken.None);

        var files = System.IO.Directory.GetFiles(_temp.Combine("trino")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["rules.index.json", "rules.json"], files);
        var index = JsonNode.Parse(File.ReadAllText(_temp.Combine("trino", "rules.index.json")))!.AsArray();
        Assert.Equal("ODP-7", (string?)index[0]!["tickets"]![0]);
        Assert.DoesNotContain("ODP-7", File.ReadAllText(_temp.Combine("trino", "rules.json")));
    }

    [Fact]
    public async Task ApplyAsync_SameGrantsAgain_DoesNotRewriteFile()
    {
        var enforcer = Enforcer();
        await enforcer.ApplyAsync([G("alice", "lake.sales.orders")], CancellationToken.None);
        var path = _temp.Combine("trino", "rules.json");
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);

        await enforcer.ApplyAsync([G("alice", "lake.sales.orders", ticket: "T-other")], CancellationToken.None);

        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task ApplyAsync_ConfiguredRulesFile_WritesThere()
    {
        var target = _temp.Combine("etc", "rules.json");
        await Enforcer(rulesFile: target).ApplyAsync([G("alice", "lake.sales.orders")], CancellationToken.None);

        Assert.True(File.Exists(target));
        Assert.False(File.Exists(_temp.Combine("trino", "rules.json")));
    }

    [Fact]
    public async Task ApplyAsync_HostileNames_AreEscapedAndMatchOnlyThemselves()
    {
        await Enforcer().ApplyAsync([G("a.b", "x|y.s.t"), G(".*", "lake.s.t")], CancellationToken.None);

        var text = File.ReadAllText(_temp.Combine("trino", "rules.json"));
        Assert.Contains("\"user\": \"a\\\\.b\"", text);
        Assert.Contains("\"catalog\": \"x\\\\|y\"", text);
        var eval = new TrinoRulesEvaluator(TrinoRulesDocument.Parse(text));
        Assert.True(eval.Evaluate("a.b", [], new DatasetName("x|y", "s", "t"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("axb", [], new DatasetName("x|y", "s", "t"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("a.b", [], new DatasetName("x", "s", "t"), TrinoPrivilege.Select).Allowed);
        Assert.True(eval.Evaluate(".*", [], new DatasetName("lake", "s", "t"), TrinoPrivilege.Select).Allowed);
        Assert.False(eval.Evaluate("alice", [], new DatasetName("lake", "s", "t"), TrinoPrivilege.Select).Allowed);
    }

    [Fact]
    public async Task ApplyAsync_Output_IsStablePrettyJsonWithTrailingNewline()
    {
        await Enforcer().ApplyAsync([G("bob", "lake.hr.people"), G("alice", "lake.sales.orders")], CancellationToken.None);
        var first = File.ReadAllText(_temp.Combine("trino", "rules.json"));
        await Enforcer().ApplyAsync([G("alice", "lake.sales.orders"), G("bob", "lake.hr.people")], CancellationToken.None);
        var second = File.ReadAllText(_temp.Combine("trino", "rules.json"));

        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first);
        Assert.StartsWith("{\n  \"catalogs\": [\n", first);
        Assert.DoesNotContain("\r", first);
        var keys = JsonNode.Parse(first)!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["catalogs", "schemas", "tables"], keys);
    }
}
