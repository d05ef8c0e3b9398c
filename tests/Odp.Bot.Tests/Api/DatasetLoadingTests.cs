using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Catalog.Readiness;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// <c>GET /api/v1/datasets</c> and <c>/datasets/{name}</c> while the served host's first catalog sync still reads
/// OpenMetadata: 503 with <c>Retry-After</c> and a problem that says how far loading got; the answers once it is done.
/// </summary>
public sealed class DatasetLoadingTests : IAsyncLifetime
{
    private FakeOpenMetadataServer server = null!;
    private ApiHost host = null!;

    public async Task InitializeAsync()
    {
        server = await OpenMetadataOn.StartAsync(held: true);
        host = new ApiHost(OpenMetadataOn.Settings(server));
    }

    public async Task DisposeAsync()
    {
        server.HoldTables?.TrySetResult();
        await host.DisposeAsync();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v1/datasets?q=churn")]
    [InlineData("/api/v1/datasets/lake.sales.om_churn_scores")]
    public async Task Get_BeforeTheFirstSync_Answers503WithRetryAfterThenTheDataOnceLoaded(string url)
    {
        var client = await host.As("alice");
        await server.TablesAsked.Task;

        var loading = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), loading.Headers.RetryAfter?.Delta);
        var problem = await ApiHost.ReadAsync(loading);
        Assert.Equal("Unavailable", problem.GetProperty("title").GetString());
        Assert.Equal("The catalog is still loading (31 datasets so far). Try again in a moment.", problem.GetProperty("detail").GetString());

        server.HoldTables!.SetResult();
        await host.Services.GetRequiredService<CatalogReadiness>().WhenReady;
        var loaded = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Contains("lake.sales.om_churn_scores", await loaded.Content.ReadAsStringAsync());
    }
}
