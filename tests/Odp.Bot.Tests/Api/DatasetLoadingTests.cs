using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Catalog.Readiness;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Hosting;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Bot.Tests.Api;

/// <summary>
/// <c>GET /api/v1/datasets</c> and <c>/datasets/{name}</c> while the served host's first catalog sync still reads
/// OpenMetadata: 503 with <c>Retry-After</c> and a problem that says how far loading got; the answers once it is done.
/// A host restarted over an index that a complete sync filled answers at once, while its own first sync still runs.
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

    [Fact]
    public async Task Get_RestartedAfterACompleteSync_AnswersAtOnceWhileTheNewSyncStillReadsOpenMetadata()
    {
        var data = Path.Combine(Path.GetTempPath(), "odp-api-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>(OpenMetadataOn.Settings(server)) { [DataDirectory.Setting] = data };
        try
        {
            server.HoldTables!.SetResult();
            await using (var first = new ApiHost(settings))
            {
                first.Client().Dispose(); // starts the host, and with it the sync worker's first sync
                var readiness = first.Services.GetRequiredService<CatalogReadiness>();
                await readiness.WhenReady;
                Assert.Null(readiness.FirstSyncError);
            }
            server.HoldTables = new(TaskCreationOptions.RunContinuationsAsynchronously);

            await using var restarted = new ApiHost(settings);
            var client = await restarted.As("alice");
            var found = await client.GetAsync("/api/v1/datasets?q=churn");

            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
            Assert.Contains("lake.sales.om_churn_scores", await found.Content.ReadAsStringAsync());
            Assert.False(server.HoldTables.Task.IsCompleted);
        }
        finally
        {
            server.HoldTables?.TrySetResult();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
