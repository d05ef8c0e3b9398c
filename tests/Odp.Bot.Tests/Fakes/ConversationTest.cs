namespace Odp.Bot.Tests.Fakes;

/// <summary>A story test: a fresh bot per test, on a temp data directory that is deleted afterwards.</summary>
public abstract class ConversationTest : IAsyncLifetime
{
    protected ChatHarness Chat { get; set; } = null!;

    public Task InitializeAsync()
    {
        Chat = ChatHarness.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Chat.DisposeAsync();
}
