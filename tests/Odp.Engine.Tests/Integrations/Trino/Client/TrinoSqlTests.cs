using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Tests.Integrations.Trino.Client;

public sealed class TrinoSqlTests
{
    [Theory]
    [InlineData("orders", "\"orders\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("x;drop table t", "\"x;drop table t\"")]
    [InlineData("\"; DROP TABLE x; --", "\"\"\"; DROP TABLE x; --\"")]
    [InlineData("Kündigungen_é_表", "\"Kündigungen_é_表\"")]
    public void QuoteIdentifier_HostileOrUnicodeName_IsOneQuotedIdentifier(string name, string expected) =>
        Assert.Equal(expected, TrinoSql.QuoteIdentifier(name));

    [Theory]
    [InlineData("")]
    [InlineData("a\0b")]
    public void QuoteIdentifier_EmptyOrNul_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => TrinoSql.QuoteIdentifier(name));

    [Fact]
    public void QualifiedTable_EachPartQuotedSeparately()
    {
        var sql = TrinoSql.QualifiedTable(new DatasetName("lake", "sa\"les", "x;drop"));

        Assert.Equal("\"lake\".\"sa\"\"les\".\"x;drop\"", sql);
    }
}
