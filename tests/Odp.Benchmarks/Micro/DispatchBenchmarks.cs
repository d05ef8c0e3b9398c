using BenchmarkDotNet.Attributes;
using Odp.Bot.Cards;
using Odp.Bot.Cli;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Conversation.Views;
using Odp.Bot.Platforms.Slack.BlockKit;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;

namespace Odp.Benchmarks.Micro;

/// <summary>
/// What the ack does after the signature: <c>search churn</c> through the dispatcher of a real host (demo catalog,
/// started, Slack off), then its parts: the catalog search, the card built from the template, and the card as Slack
/// JSON (the ack's bytes). Unsealed: BenchmarkDotNet derives from it.
/// </summary>
public class DispatchBenchmarks
{
    private static readonly IncomingMessage Search = new("alice", new ConversationRef(SlackChannel.Name, "C0GENERAL"), "search churn");
    private readonly SlackReplies replies = new(new SlackBlockKitRenderer());
    private DirectoryInfo data = null!;
    private WebApplication app = null!;
    private CommandDispatcher dispatcher = null!;
    private ICatalog catalog = null!;
    private ReplyCards cards = null!;
    private SearchResult result = null!;
    private IReadOnlyDictionary<string, string> ownerNames = null!;
    private Reply reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = Directory.CreateTempSubdirectory("odp-bench-micro-");
        app = ServeHost.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], new Odp.Bot.Cli.HostOptions(data.FullName, null, null));
        app.StartAsync().GetAwaiter().GetResult();
        dispatcher = app.Services.GetRequiredService<CommandDispatcher>();
        catalog = app.Services.GetRequiredService<ICatalog>();
        cards = app.Services.GetRequiredService<ReplyCards>();
        result = SearchCatalog().GetAwaiter().GetResult();
        ownerNames = app.Services.GetRequiredService<OwnerResolver>()
            .DescribeAsync(result.Hits.SelectMany(h => h.Dataset.Owners), CancellationToken.None).GetAwaiter().GetResult();
        reply = dispatcher.DispatchAsync(Search, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        data.Delete(recursive: true);
    }

    [Benchmark]
    public Task<Reply> DispatchSearch() => dispatcher.DispatchAsync(Search, CancellationToken.None);

    [Benchmark]
    public Task<SearchResult> SearchCatalog() => catalog.SearchAsync(SearchQueryParser.Parse("churn", 0, 5), CancellationToken.None);

    [Benchmark]
    public Card BuildSearchCard() => cards.SearchResults(new Odp.Engine.Catalog.Finding.DatasetSearch("churn", 1, 5, result), ownerNames);

    /// <summary>The search card as the ack sends it: UTF-8 JSON bytes.</summary>
    [Benchmark]
    public int RenderSearchForSlack() => replies.Ack(reply).Bytes;

    [Benchmark]
    public int BuildAndRenderSearchForSlack() => replies.Ack(new CardReply(BuildSearchCard())).Bytes;
}
