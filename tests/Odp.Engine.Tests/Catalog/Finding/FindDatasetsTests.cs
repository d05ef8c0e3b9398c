using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Engine.Tests.Catalog.Finding;

public sealed class FindDatasetsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly YamlDirectory Directory = new(DirectoryFile.Parse("""
        users:
          - {id: bob, groups: [sales-owners]}
          - {id: carol, groups: []}
        groups:
          - {id: sales-owners}
        """, "directory.yaml"));

    private static readonly FileCatalog Catalog = new([
        new Dataset("lake.sales.orders", "Orders", ["group:sales-owners"], ["pii"], "sales", []),
        new Dataset("crm.sales.deals", "Deals", ["user:bob"], [], "sales", []),
        new Dataset("lake.hr.people", "People", ["user:carol"], [], "hr", []),
        new Dataset("lake.marketing.customer_churn", "Churn", ["group:marketing"], [], "marketing", []),
    ]);

    private static FindDatasets Find(ICatalog? catalog = null) => new(
        catalog ?? Catalog, new CatalogReadiness([]), Directory, new SearchGate(Options.Create(new SearchOptions()), TimeProvider.System), NullLogger<FindDatasets>.Instance);

    [Theory]
    [InlineData("owner:bob")]
    [InlineData("owner:@bob")]
    [InlineData("owner:user:bob")]
    public async Task SearchAsync_OwnerIsAPerson_FindsWhatTheyOwnThroughTheirGroupsToo(string text)
    {
        var search = await Find().SearchAsync(text, 1, 10, None);

        Assert.Equal(["crm.sales.deals", "lake.sales.orders"], search.Result.Hits.Select(h => h.Dataset.Name));
    }

    [Fact]
    public async Task SearchAsync_OwnerIsAGroup_FindsOnlyTheGroupsDatasets()
    {
        var search = await Find().SearchAsync("owner:sales-owners", 1, 10, None);

        Assert.Equal(["lake.sales.orders"], search.Result.Hits.Select(h => h.Dataset.Name));
    }

    [Fact]
    public async Task SearchAsync_TextOverTheLimit_RefusedNamingTheLimitAndTheLength()
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Find().SearchAsync(new string('a', 40_000), 1, 10, None));

        Assert.Equal("A search can be at most 512 characters; yours has 40,000.", e.Message);
    }

    [Fact]
    public async Task SearchAsync_TooManyWords_RefusedNamingTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 33).Select(i => $"w{i}"));

        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Find().SearchAsync(text, 1, 10, None));

        Assert.Equal("A search can have at most 32 words and filter values; yours has 33.", e.Message);
    }

    [Theory]
    [InlineData(0, 10, "The page must be a number from 1 to 1,000, not 0.")]
    [InlineData(1001, 10, "The page must be a number from 1 to 1,000, not 1,001.")]
    [InlineData(1, 101, "A page can show from 1 to 100 results, not 101.")]
    [InlineData(201, 5, "A search shows at most its first 1,000 results, and page 201 at 5 a page would end at result 1,005. Add words or filters to narrow it.")]
    [InlineData(11, 100, "A search shows at most its first 1,000 results, and page 11 at 100 a page would end at result 1,100. Add words or filters to narrow it.")]
    public async Task SearchAsync_PageOutOfRange_RefusedNamingTheRange(int page, int size, string message)
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Find().SearchAsync("orders", page, size, None));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public async Task SearchAsync_FilterWithoutValue_RefusedWithAnExample()
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Find().SearchAsync("tag:", 1, 10, None));

        Assert.Contains("tag: needs a value", e.Message);
    }

    [Fact]
    public async Task SearchAsync_SecondPage_OffsetAndMoreFollowFromTheTotal()
    {
        var search = await Find().SearchAsync("lake", 2, 2, None);

        Assert.Equal(2, search.Offset);
        Assert.Equal(3, search.Result.Total);
        Assert.Single(search.Result.Hits);
        Assert.False(search.HasMore);
    }

    [Fact]
    public async Task SearchAsync_LastPageWithinTheDepth_NoMoreOfferedThoughMoreMatch()
    {
        var many = new FileCatalog([.. Enumerable.Range(0, 1_200).Select(i => new Dataset($"lake.s.t{i:D4}", "", ["group:o"], [], "misc", []))]);

        var last = await Find(many).SearchAsync("lake", 200, 5, None);
        var before = await Find(many).SearchAsync("lake", 199, 5, None);

        Assert.Equal(1_200, last.Result.Total);
        Assert.Equal(5, last.Result.Hits.Count);
        Assert.False(last.HasMore);
        Assert.True(before.HasMore);
    }

    [Fact]
    public async Task ShowAsync_UnknownName_SuggestsCloseNamesWithoutChatSyntax()
    {
        var e = await Assert.ThrowsAsync<NotFoundException>(() => Find().ShowAsync("lake.sales.ordrs", None));

        Assert.StartsWith("There is no dataset lake.sales.ordrs. Did you mean lake.sales.orders", e.Message);
        Assert.DoesNotContain("/odp", e.Message);
    }

    [Fact]
    public async Task ShowAsync_HugeName_RefusedBeforeAnyLookup()
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Find().ShowAsync(new string('x', 100_000), None));

        Assert.Equal("A dataset name can be at most 512 characters; yours has 100,000.", e.Message);
    }

    [Fact]
    public async Task ShowAsync_LongUnknownName_MessageRepeatsOnlyItsStart()
    {
        var name = "lake.sales." + new string('q', 400);

        var e = await Assert.ThrowsAsync<NotFoundException>(() => Find().ShowAsync(name, None));

        Assert.True(e.Message.Length < 200, e.Message);
        Assert.Contains("…", e.Message);
    }

    [Fact]
    public async Task SearchAsync_CatalogStillRunningAtTheDeadline_StoppedWithTheLimitNamed()
    {
        var time = new FakeTimeProvider();
        var catalog = new StallingCatalog();
        var find = new FindDatasets(catalog, new CatalogReadiness([]), Directory, new SearchGate(Options.Create(new SearchOptions { Timeout = "2s" }), time), NullLogger<FindDatasets>.Instance);

        var search = find.SearchAsync("orders", 1, 10, None);
        await catalog.Started.Task;
        time.Advance(TimeSpan.FromSeconds(2));

        var e = await Assert.ThrowsAsync<UnavailableException>(() => search);
        Assert.Equal("Your search took longer than 2s and was stopped. Try fewer or more specific words.", e.Message);
    }

    [Fact]
    public async Task SearchAsync_EverySlotBusyPastTheDeadline_RefusedWithoutRunning()
    {
        var time = new FakeTimeProvider();
        var holding = new HoldingCatalog();
        var gate = new SearchGate(Options.Create(new SearchOptions { Timeout = "2s", Concurrency = 1 }), time);
        var find = new FindDatasets(holding, new CatalogReadiness([]), Directory, gate, NullLogger<FindDatasets>.Instance);
        var first = find.SearchAsync("orders", 1, 10, None);
        await holding.Started.Task;

        var second = find.SearchAsync("deals", 1, 10, None);
        time.Advance(TimeSpan.FromSeconds(2));

        var e = await Assert.ThrowsAsync<UnavailableException>(() => second);
        Assert.Equal("The catalog is busy with other searches and couldn't start yours within 2s. Try again in a moment.", e.Message);
        Assert.Equal(1, holding.Searches);
        holding.Release.SetResult();
        Assert.Equal(0, (await first).Result.Total);
    }

    /// <summary>A catalog whose searches hold their slot, ignoring cancellation, until the test releases them.</summary>
    private sealed class HoldingCatalog : ICatalog
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Searches { get; private set; }

        public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
        {
            Searches++;
            Started.TrySetResult();
            await Release.Task;
            return new SearchResult([], 0, []);
        }

        public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken) => Task.FromResult<Dataset?>(null);
    }

    /// <summary>A catalog whose searches run until they are cancelled.</summary>
    private sealed class StallingCatalog : ICatalog
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Searches { get; private set; }

        public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
        {
            Searches++;
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }

        public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken) => Task.FromResult<Dataset?>(null);
    }
}
