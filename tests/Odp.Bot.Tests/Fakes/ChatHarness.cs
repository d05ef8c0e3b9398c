using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Conversation;
using Odp.Bot.Hosting;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// The whole bot in one process on embedded defaults — the demo catalog and directory, LiteDB, the rules file and
/// workspace folders in a temp data directory — driven the way people drive it: <c>await chat.Say("alice", "/odp …")</c>.
/// Time is a <see cref="FakeTimeProvider"/>; provisioning and expiry run when the test says so.
/// </summary>
public sealed class ChatHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Action<IServiceCollection>? customize;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool ownsData;

    private ChatHarness(
        string dataPath, FakeTimeProvider time, RecordingChannel channel, Action<IServiceCollection>? customize,
        IReadOnlyDictionary<string, string?> settings, bool ownsData)
    {
        DataPath = dataPath;
        Time = time;
        Channel = channel;
        this.customize = customize;
        this.settings = settings;
        this.ownsData = ownsData;
        var values = new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = dataPath,
            ["Odp:Catalog:File"] = SourceTree.DemoCatalog,
            ["Odp:Directory:File"] = SourceTree.DemoDirectory,
            ["Odp:Trino:Url"] = "http://trino.test:8080",
            ["Odp:Workspaces:JupyterUrl"] = "http://jupyter.test:8000",
        };
        foreach (var (key, value) in settings) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddOdpEngine(configuration).AddOdpConversation();
        collection.AddSingleton<IChatChannel>(channel);
        customize?.Invoke(collection);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string DataPath { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Everything the bot posted to people and teams, and every in-place update.</summary>
    public RecordingChannel Channel { get; }

    public IServiceProvider Services => services;

    public string RulesFile => Path.Combine(DataPath, "trino", "rules.json");

    public static ChatHarness Start(Action<IServiceCollection>? customize = null) => Start(new Dictionary<string, string?>(), customize);

    /// <summary>The bot with these settings on top of the defaults (e.g. <c>Odp:Trino:Enforcement</c>).</summary>
    public static ChatHarness Start(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? customize = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "odp-test-" + Guid.NewGuid().ToString("N"));
        return new ChatHarness(
            data, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), new RecordingChannel(), customize, settings, ownsData: true);
    }

    /// <summary>What <paramref name="user"/> sees in reply to typing <paramref name="text"/>, as terminal text.</summary>
    public async Task<string> Say(string user, string text)
    {
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var reply = await dispatcher.DispatchAsync(new IncomingMessage(user, new ConversationRef("test", "@" + user), text), CancellationToken.None);
        return RecordingChannel.Text(reply);
    }

    /// <summary>Runs the provisioning worker once over everything approved.</summary>
    public Task ProvisionAsync(CancellationToken cancellationToken = default) =>
        services.GetRequiredService<ProvisioningWorker>().RunOnceAsync(cancellationToken);

    /// <summary>Moves the clock and runs the expiry sweep, as the expiry worker would at that moment.</summary>
    public async Task<IReadOnlyList<TicketData>> AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        return await services.GetRequiredService<ExpireAccess>().SweepAsync(CancellationToken.None);
    }

    public async Task<TicketData> TicketAsync(string id) =>
        (await services.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))!.Data;

    /// <summary>The rules file Trino would read, parsed; null if it was never written.</summary>
    public TrinoRulesDocument? Rules() => File.Exists(RulesFile) ? TrinoRulesDocument.Parse(File.ReadAllText(RulesFile)) : null;

    /// <summary>
    /// A new process over the same data directory and clock, as after a crash: nothing carries over but what was stored.
    /// </summary>
    public async Task<ChatHarness> RestartAsync(Action<IServiceCollection>? customize = null)
    {
        await services.DisposeAsync();
        return new ChatHarness(DataPath, Time, new RecordingChannel(), customize ?? this.customize, settings, ownsData);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (ownsData && Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
