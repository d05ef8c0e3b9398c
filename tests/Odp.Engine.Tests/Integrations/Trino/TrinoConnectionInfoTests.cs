using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Tests.Integrations.Trino;

public sealed class TrinoConnectionInfoTests
{
    [Fact]
    public void For_HttpUrl_BuildsHostJdbcAndCli()
    {
        var info = TrinoConnectionInfo.For(
            new TrinoOptions { Url = "http://trino.internal:8080" }, "alice", DatasetName.Parse("lake.sales.orders"));

        Assert.Equal("trino.internal:8080", info.Host);
        Assert.Equal(8080, info.Port);
        Assert.Equal("http://trino.internal:8080", info.Url);
        Assert.Equal("lake", info.Catalog);
        Assert.Equal("sales", info.Schema);
        Assert.Equal("jdbc:trino://trino.internal:8080/lake/sales?user=alice", info.JdbcUrl);
        Assert.Equal("trino --server http://trino.internal:8080 --catalog lake --schema sales --user alice", info.Cli);
    }

    [Fact]
    public void For_HttpsWithoutPort_UsesDefaultPortAndSsl()
    {
        var info = TrinoConnectionInfo.For(
            new TrinoOptions { Url = "https://trino.example.com/" }, "bob smith", DatasetName.Parse("lake.sales.orders"));

        Assert.Equal("trino.example.com:443", info.Host);
        Assert.Equal("jdbc:trino://trino.example.com:443/lake/sales?user=bob%20smith&SSL=true", info.JdbcUrl);
        Assert.EndsWith("--user 'bob smith'", info.Cli);
    }

    [Fact]
    public void For_NotHttpUrl_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() =>
            TrinoConnectionInfo.For(new TrinoOptions { Url = "trino:8080" }, "alice", DatasetName.Parse("a.b.c")));
}
