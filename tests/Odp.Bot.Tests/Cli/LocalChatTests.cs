using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Cli;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Terminal;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Bot.Tests.Cli;

/// <summary>
/// The local chat in process, with OpenMetadata on and its first sync held open: the chat reads no command before the
/// sync ends (or its bound passes), so a piped search finds OpenMetadata's tables instead of "no datasets match".
/// Restarted over an index that a complete sync filled, it does not wait.
/// </summary>
public sealed class LocalChatTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private readonly TimerWatchingTimeProvider time = new();
    private readonly StringWriter written = new();
    private readonly TextWriter output;
    private FakeOpenMetadataServer server = null!;
    private ChatHarness chat = null!;

    public LocalChatTests() => output = TextWriter.Synchronized(written);

    public async Task InitializeAsync()
    {
        server = await OpenMetadataOn.StartAsync(held: true);
        chat = ChatHarness.Start(OpenMetadataOn.Settings(server), services => services.AddCatalogSync());
    }

    public async Task DisposeAsync()
    {
        server.HoldTables?.TrySetResult();
        await chat.DisposeAsync();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_FirstSyncRunning_WaitsForItThenAnswersFromOpenMetadata(bool terminal)
    {
        var sync = chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);
        await server.TablesAsked.Task;

        var run = Chat().RunAsync(new StringReader("/odp search churn scores\n"), output, interactive: false, progressLine: terminal, CancellationToken.None);
        await time.WaitForTimerAsync(Bound);
        server.HoldTables!.SetResult();
        Assert.Equal(0, await run);
        await sync;

        var text = written.ToString();
        Assert.Contains("Loading the catalog from openmetadata before reading commands (waiting at most 2m, Odp:Chat:CatalogTimeout).", text);
        Assert.Equal(terminal, text.Contains("\rwriting: [", StringComparison.Ordinal));
        var loaded = text.IndexOf("The catalog is loaded: 32 datasets.", StringComparison.Ordinal);
        Assert.True(loaded >= 0, text);
        Assert.True(loaded < text.IndexOf("alice> /odp search churn scores", StringComparison.Ordinal), text);
        Assert.Contains("lake.sales.om_churn_scores", text[loaded..]);
        Assert.DoesNotContain("still loading", text);
    }

    [Fact]
    public async Task RunAsync_FirstSyncOutlastsTheBound_SaysSoThenSearchesSayTheCatalogIsLoading()
    {
        var sync = chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);
        await server.TablesAsked.Task;

        var run = Chat().RunAsync(new StringReader("/odp search churn scores\n"), output, interactive: false, progressLine: false, CancellationToken.None);
        await time.WaitForTimerAsync(Bound);
        time.Advance(Bound);
        Assert.Equal(0, await run);
        server.HoldTables!.SetResult();
        await sync;

        var text = written.ToString();
        Assert.Contains("The catalog is still loading after 2m (Odp:Chat:CatalogTimeout), with 31 datasets so far. Searches say so until it is done.", text);
        Assert.Contains("The catalog is still loading (31 datasets so far). Try again in a moment.", text);
    }

    [Fact]
    public async Task RunAsync_FirstSyncFails_SaysWhyThenAnswersFromTheIndex()
    {
        await using var refused = ChatHarness.Start(
            new Dictionary<string, string?>(OpenMetadataOn.Settings(server)) { ["Odp:OpenMetadata:Token"] = "expired" },
            services => services.AddCatalogSync());

        var run = Chat(refused).RunAsync(new StringReader("/odp search orders\n"), output, interactive: false, progressLine: false, CancellationToken.None);
        await time.WaitForTimerAsync(Bound);
        server.HoldTables!.SetResult();
        await Assert.ThrowsAnyAsync<Exception>(() => refused.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None));
        Assert.Equal(0, await run);

        var text = written.ToString();
        Assert.Contains("The catalog's first sync failed, so searches answer from what the index held before: OpenMetadata at", text);
        Assert.Contains("Odp:OpenMetadata:Token", text);
        Assert.Contains("lake.sales.orders", text);
    }

    [Fact]
    public async Task RunAsync_RestartedAfterACompleteSync_StartsAtOnceAndFindsOpenMetadataTables()
    {
        server.HoldTables!.SetResult();
        await chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);
        server.HoldTables = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var restarted = await chat.RestartAsync();
        Assert.True(restarted.Services.GetRequiredService<CatalogReadiness>().IsReady);

        var exit = await Chat(restarted).RunAsync(new StringReader("/odp search churn scores\n"), output, interactive: false, progressLine: true, CancellationToken.None);

        Assert.Equal(0, exit);
        var text = written.ToString();
        Assert.DoesNotContain("catalog", text.Split("alice> ")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lake.sales.om_churn_scores", text);
        Assert.DoesNotContain("still loading", text);
    }

    [Fact]
    public async Task RunAsync_OnlyTheCatalogFile_StartsAtOnceWithoutACatalogLine()
    {
        await using var plain = ChatHarness.Start();

        var exit = await Chat(plain).RunAsync(new StringReader("/odp search orders\n"), output, interactive: false, progressLine: true, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("catalog", written.ToString().Split("alice> ")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lake.sales.orders", written.ToString());
    }

    private LocalChat Chat(ChatHarness? harness = null)
    {
        var services = (harness ?? chat).Services;
        return new LocalChat(
            services.GetRequiredService<CommandDispatcher>(),
            services.GetRequiredService<IDirectory>(),
            new TerminalChannel(output, services.GetRequiredService<TerminalCardRenderer>()),
            services.GetRequiredService<ProvisioningWorker>(),
            services.GetRequiredService<CatalogReadiness>(),
            Options.Create(new ChatOptions()),
            time);
    }
}
