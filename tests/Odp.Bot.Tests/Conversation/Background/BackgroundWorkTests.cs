using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Bot.Cli;
using Odp.Bot.Conversation.Background;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Bot.Tests.Conversation.Background;

/// <summary>
/// The work finished after a platform's ack runs within its budget: at most MaxRunning at once, at most MaxQueued
/// waiting, the rest refused at once with nothing kept; on stop, what could not be finished is logged. Items are held
/// and released by the test (no clock, no sleeping).
/// </summary>
public sealed class BackgroundWorkTests : IAsyncLifetime
{
    private readonly ListLogger<BackgroundWork> log = new();
    private readonly List<Item> items = [];
    private BackgroundWork work = null!;
    private int running;
    private int mostRunning;

    public Task InitializeAsync() => StartAsync(maxRunning: 2, maxQueued: 1);

    public async Task DisposeAsync()
    {
        foreach (var item in items) item.Release.TrySetResult();
        await work.StopAsync(CancellationToken.None);
        work.Dispose();
    }

    [Fact]
    public async Task TryEnqueue_PastRunningAndQueued_RefusedUntilOneFinishes()
    {
        var taken = Enumerable.Range(0, 3).Select(_ => work.TryEnqueue(Hold().RunAsync)).ToList();
        await Task.WhenAll(items[0].Started.Task, items[1].Started.Task);

        Assert.Equal([true, true, true], taken);
        Assert.False(work.TryEnqueue(Hold().RunAsync));
        Assert.False(items[2].Started.Task.IsCompleted);

        items[0].Release.SetResult();
        await items[2].Started.Task;
        Assert.True(work.TryEnqueue(Hold().RunAsync));
        Assert.Equal(3, work.Limit);
    }

    [Fact]
    public async Task ExecuteAsync_ManyItemsOverTime_NeverMoreThanMaxRunningAtOnce()
    {
        for (var round = 0; round < 20; round++)
        {
            var batch = Enumerable.Range(0, 3).Select(_ => Hold()).ToList();
            Assert.All(batch, item => Assert.True(work.TryEnqueue(item.RunAsync)));
            await Task.WhenAll(batch[0].Started.Task, batch[1].Started.Task);
            Assert.False(batch[2].Started.Task.IsCompleted);
            batch[0].Release.SetResult();
            await batch[2].Started.Task;
            batch[1].Release.SetResult();
            batch[2].Release.SetResult();

            await work.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(2, mostRunning);
    }

    [Fact]
    public async Task StopAsync_WithWorkRunningAndWaiting_CancelsRefusesAndLogsWhatWasLeft()
    {
        foreach (var _ in Enumerable.Range(0, 3)) work.TryEnqueue(Hold().RunAsync);
        await Task.WhenAll(items[0].Started.Task, items[1].Started.Task);

        await work.StopAsync(CancellationToken.None);

        Assert.False(work.TryEnqueue(Hold().RunAsync));
        Assert.True(work.WhenIdleAsync().IsCompleted);
        Assert.False(items[2].Started.Task.IsCompleted);
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.StartsWith("Stopping with 1 acknowledged command(s) not started and 2 cut short", warning.Message);
    }

    [Fact]
    public void Busy_NamesTheLimit()
    {
        Assert.Equal("OpenDataPlane is busy: it already has as many commands running or waiting as it takes at once (3). "
            + "Nothing was done; please try again in a minute.", work.Busy);
    }

    [Theory]
    [InlineData("MaxRunning", "0", "Odp:Conversation:Background:MaxRunning must be from 1 to 256.")]
    [InlineData("MaxRunning", "100000", "Odp:Conversation:Background:MaxRunning must be from 1 to 256.")]
    [InlineData("MaxQueued", "-1", "Odp:Conversation:Background:MaxQueued must be from 0 to 10,000.")]
    public async Task Start_WithABadSetting_FailsNamingIt(string setting, string value, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "odp-background-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = ServeHost.Build(
                [$"--{BackgroundWorkOptions.Section}:{setting}={value}", "--urls", "http://127.0.0.1:0"], new HostOptions(data, null, null));
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            Assert.Equal(expected, StartupFailure.Explain(failure));
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private async Task StartAsync(int maxRunning, int maxQueued)
    {
        work = new BackgroundWork(Options.Create(new BackgroundWorkOptions { MaxRunning = maxRunning, MaxQueued = maxQueued }), log);
        await work.StartAsync(CancellationToken.None);
    }

    private Item Hold()
    {
        var item = new Item(this);
        items.Add(item);
        return item;
    }

    private sealed class Item(BackgroundWorkTests test)
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref test.running);
            InterlockedMax(ref test.mostRunning, now);
            Started.SetResult();
            try
            {
                await Release.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref test.running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
                if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }
}
