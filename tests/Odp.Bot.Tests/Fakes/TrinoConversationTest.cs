using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// A story test against a fake Trino: the fake starts first and is seeded, then the bot starts with the coordinator
/// pointed at it, the bot account <c>odp</c> and the test's own <see cref="Settings"/>.
/// </summary>
public abstract class TrinoConversationTest : IAsyncLifetime
{
    private protected FakeTrinoServer Trino { get; private set; } = null!;

    protected ChatHarness Chat { get; private set; } = null!;

    /// <summary>Settings on top of the Trino coordinator and user.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    private protected abstract void Seed(FakeTrinoServer trino);

    protected virtual void Customize(IServiceCollection services)
    {
    }

    /// <summary>Runs once the bot is up, before each test.</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Trino = await FakeTrinoServer.StartAsync();
        Seed(Trino);
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Odp:Trino:User"] = "odp",
            ["Odp:Trino:CoordinatorUrl"] = Trino.BaseUrl.ToString(),
        };
        Chat = ChatHarness.Start(settings, Customize);
        await StartedAsync();
    }

    public async Task DisposeAsync()
    {
        await Chat.DisposeAsync();
        await Trino.DisposeAsync();
    }
}
