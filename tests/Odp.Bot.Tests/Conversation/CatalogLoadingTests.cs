using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// With OpenMetadata on, the catalog is not ready before its first sync: search, show and request say it is still
/// loading instead of "no datasets match"; after the sync they find OpenMetadata's tables.
/// </summary>
public sealed class CatalogLoadingTests : IAsyncLifetime
{
    private FakeOpenMetadataServer server = null!;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        server = await OpenMetadataOn.StartAsync();
        chat = ChatHarness.Start(OpenMetadataOn.Settings(server), services => services.AddCatalogSync());
    }

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("/odp search churn scores")]
    [InlineData("/odp show lake.sales.om_churn_scores")]
    [InlineData("/odp request lake.sales.om_churn_scores --reason \"Q3 churn model\"")]
    public async Task Say_BeforeTheFirstSync_SaysTheCatalogIsStillLoading(string text)
    {
        var reply = await chat.Say("alice", text);

        Assert.Contains("The catalog is still loading (0 datasets so far). Try again in a moment.", reply);
        Assert.DoesNotContain("No datasets match", reply);
        Assert.DoesNotContain("went wrong", reply);
    }

    [Fact]
    public async Task Say_AfterTheFirstSync_FindsOpenMetadataTablesByWordAndClassifiedTag()
    {
        await chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);

        var found = await chat.Say("alice", "/odp search churn scores tag:PII.Sensitive");
        var shown = await chat.Say("alice", "/odp show lake.sales.om_churn_scores");
        var requested = await chat.Say("alice", "/odp request lake.sales.om_churn_scores --reason \"Q3 churn model\"");

        Assert.Contains("lake.sales.om_churn_scores", found);
        Assert.Contains("Churn scores from OpenMetadata.", shown);
        Assert.Contains("PII.Sensitive", shown);
        Assert.Contains("Access requested: ODP-1", requested);
    }

    [Fact]
    public async Task Say_KnownFileDatasetBeforeTheFirstSync_RequestStillWorks()
    {
        var reply = await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        Assert.Contains("Access requested: ODP-1", reply);
    }
}
