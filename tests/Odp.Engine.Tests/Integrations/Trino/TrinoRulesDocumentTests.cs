using System.Text.Json.Nodes;
using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Engine.Tests.Integrations.Trino;

public sealed class TrinoRulesDocumentTests
{
    [Theory]
    [InlineData(TrinoRulesFixtures.TablesExample)]
    [InlineData(TrinoRulesFixtures.SchemasExample)]
    [InlineData(TrinoRulesFixtures.VerifyBlockAll)]
    public void Parse_DocsFixture_RoundTripsToSameJson(string fixture)
    {
        var original = JsonNode.Parse(fixture);

        var roundTripped = JsonNode.Parse(TrinoRulesDocument.Parse(fixture).ToJson());

        Assert.True(JsonNode.DeepEquals(original, roundTripped), roundTripped!.ToJsonString());
    }

    [Fact]
    public void Parse_LegacyBooleanAllow_ReadsAsAll()
    {
        var doc = TrinoRulesDocument.Parse(TrinoRulesFixtures.CatalogsExample);

        Assert.Equal(["all", "all", "all", "read-only", "none"], doc.Catalogs!.Select(c => c.Allow).ToList());
        Assert.Equal("finance|human_resources", doc.Catalogs![1].Group);
    }

    [Fact]
    public void Build_Output_HasTheDocumentedFieldsOnly()
    {
        var grants = new[] { new Odp.Engine.Access.Grant("T", "alice", Odp.Engine.Catalog.DatasetName.Parse("l.s.t"), Odp.Engine.Access.AccessLevel.Read) };
        var json = JsonNode.Parse(TrinoRulesBuilder.Build(null, grants).ToJson())!;

        Assert.All(json["catalogs"]!.AsArray(), r => Assert.Subset(new HashSet<string> { "user", "catalog", "allow" }, r!.AsObject().Select(p => p.Key).ToHashSet()));
        Assert.All(json["schemas"]!.AsArray(), r => Assert.Subset(new HashSet<string> { "user", "catalog", "schema", "owner" }, r!.AsObject().Select(p => p.Key).ToHashSet()));
        Assert.All(json["tables"]!.AsArray(), r => Assert.Subset(new HashSet<string> { "user", "catalog", "schema", "table", "privileges" }, r!.AsObject().Select(p => p.Key).ToHashSet()));
    }
}
