using System.Net;

namespace Odp.Bot.Tests.Api;

/// <summary><c>GET /api/v1/datasets</c>: the catalog search chat uses, paged; and one dataset by name.</summary>
public sealed class DatasetEndpointTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Search_WithWords_FindsTheDatasetFirst()
    {
        var client = await host.As("alice");

        var body = await ApiHost.ReadAsync(await client.GetAsync("/api/v1/datasets?q=customer%20orders"));

        Assert.Equal("lake.sales.orders", body.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Contains("group:sales-owners", body.GetProperty("items")[0].GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Search_WithFiltersAndPages_PagesThroughTheSameHits()
    {
        var client = await host.As("alice");

        var first = await ApiHost.ReadAsync(await client.GetAsync("/api/v1/datasets?q=domain:sales&pageSize=2"));
        var second = await ApiHost.ReadAsync(await client.GetAsync("/api/v1/datasets?q=domain:sales&pageSize=2&page=2"));

        Assert.Equal(6, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var names = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(4, names.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/v1/datasets?q=tag:")]
    [InlineData("/api/v1/datasets?page=0")]
    [InlineData("/api/v1/datasets?pageSize=500")]
    public async Task Search_WithABadQueryOrPage_Answers400Problem(string url)
    {
        var client = await host.As("alice");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_PagePastTheFirstThousandResults_Answers400NamingTheDepth()
    {
        var client = await host.As("alice");

        var response = await client.GetAsync("/api/v1/datasets?q=orders&page=11&pageSize=100");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "A search shows at most its first 1,000 results, and page 11 at 100 a page would end at result 1,100. Add words or filters to narrow it.",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_KnownDataset_AnswersItsColumns()
    {
        var client = await host.As("alice");

        var body = await ApiHost.ReadAsync(await client.GetAsync("/api/v1/datasets/lake.sales.orders"));

        Assert.Equal("sales", body.GetProperty("domain").GetString());
        Assert.Equal("order_id", body.GetProperty("columns")[0].GetProperty("name").GetString());
        Assert.Equal("bigint", body.GetProperty("columns")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_UnknownDataset_Answers404ProblemWithAHint()
    {
        var client = await host.As("alice");

        var response = await client.GetAsync("/api/v1/datasets/lake.sales.order");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ApiHost.ReadAsync(response);
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
        Assert.Contains("Did you mean", problem.GetProperty("detail").GetString());
    }
}
