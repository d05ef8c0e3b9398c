using Odp.Engine.Catalog;

namespace Odp.Engine.Tests.Catalog;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void Parse_FullExample_SplitsTermsAndFilters()
    {
        var query = SearchQueryParser.Parse(
            "churn owner:group:sales-owners tag:pii domain:sales catalog:lake \"customer churn\"");

        Assert.Equal(["churn", "customer churn"], query.Terms);
        Assert.Equal(["group:sales-owners"], query.Owners);
        Assert.Equal(["pii"], query.Tags);
        Assert.Equal(["sales"], query.Domains);
        Assert.Equal(["lake"], query.Catalogs);
    }

    public static TheoryData<string, string[], string[], string[], string[], string[]> Cases => new()
    {
        // text, terms, owners, tags, domains, catalogs
        { "", [], [], [], [], [] },
        { "   ", [], [], [], [], [] },
        { "orders", ["orders"], [], [], [], [] },
        { "  sales   orders ", ["sales", "orders"], [], [], [], [] },
        { "\"customer churn\" score", ["customer churn", "score"], [], [], [], [] },
        { "\u201Ccustomer churn\u201D", ["customer churn"], [], [], [], [] },
        { "\"unclosed phrase", ["unclosed phrase"], [], [], [], [] },
        { "foo:bar", ["foo:bar"], [], [], [], [] },
        { "\"tag:pii\"", ["tag:pii"], [], [], [], [] },
        { "lake.sales.orders", ["lake.sales.orders"], [], [], [], [] },
        { "owner:bob", [], ["bob"], [], [], [] },
        { "owners:user:bob", [], ["user:bob"], [], [], [] },
        { "TAG:PII tags:gold", [], [], ["PII", "gold"], [], [] },
        { "tag:pii,gold,pii", [], [], ["pii", "gold"], [], [] },
        { "tag:\"two words\"", [], [], ["two words"], [], [] },
        { "domain:hr domains:sales", [], [], [], ["hr", "sales"], [] },
        { "catalog:lake,warehouse", [], [], [], [], ["lake", "warehouse"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Table_ProducesExpectedQuery(
        string text, string[] terms, string[] owners, string[] tags, string[] domains, string[] catalogs)
    {
        var query = SearchQueryParser.Parse(text);

        Assert.Equal(terms, query.Terms);
        Assert.Equal(owners, query.Owners);
        Assert.Equal(tags, query.Tags);
        Assert.Equal(domains, query.Domains);
        Assert.Equal(catalogs, query.Catalogs);
    }

    [Theory]
    [InlineData("tag:", "tag: needs a value, for example tag:pii.")]
    [InlineData("churn tag:", "tag: needs a value, for example tag:pii.")]
    [InlineData("Tags:,", "Tags: needs a value, for example tag:pii.")]
    [InlineData("owner:", "owner: needs a value, for example owner:group:sales-owners.")]
    [InlineData("domain:", "domain: needs a value, for example domain:sales.")]
    [InlineData("catalog:\"\"", "catalog: needs a value, for example catalog:lake.")]
    [InlineData("owner:group:", "owner:group: needs a group id, for example owner:group:sales-owners.")]
    [InlineData("owner:user:", "owner:user: needs a user id, for example owner:user:bob.")]
    public void Parse_FilterWithoutValue_ThrowsKindMessage(string text, string message)
    {
        var error = Assert.Throws<SearchSyntaxException>(() => SearchQueryParser.Parse(text));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_OffsetAndLimit_AreCarriedOver()
    {
        var query = SearchQueryParser.Parse("orders", offset: 20, limit: 5);

        Assert.Equal(20, query.Offset);
        Assert.Equal(5, query.Limit);
    }
}
