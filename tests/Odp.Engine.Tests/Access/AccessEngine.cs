using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Directory;
using Odp.Engine.Hosting;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Access.Drift;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access;

/// <summary>
/// The engine's access use cases over the demo catalog and directory, a fresh LiteDB and a fake clock, with the
/// notifications it sends kept in <see cref="Notifier"/>. A test may put its own directory in place of the demo's.
/// </summary>
internal sealed class AccessEngine : IAsyncDisposable
{
    public const string Dataset = "lake.sales.orders";
    public const string Reason = "Q3 churn model";

    private readonly TempDirectory data = new();
    private readonly ServiceProvider engine;

    public AccessEngine(Dictionary<string, string?>? settings = null, IDirectory? directory = null)
    {
        var all = new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data.Path,
            ["Odp:Catalog:File"] = RepoPaths.DemoCatalog,
            ["Odp:Catalog:Index"] = "memory",
            ["Odp:Directory:File"] = RepoPaths.DemoDirectory,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
        services.AddOdpEngine(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        services.AddSingleton<INotifier>(Notifier);
        if (directory is not null) services.AddSingleton(directory);
        engine = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public RecordingNotifier Notifier { get; } = new();

    public RequestAccess Requests => engine.GetRequiredService<RequestAccess>();

    public DecideAccess Decisions => engine.GetRequiredService<DecideAccess>();

    public EndAccess Endings => engine.GetRequiredService<EndAccess>();

    public T Get<T>() where T : notnull => engine.GetRequiredService<T>();

    /// <summary>alice asks for <paramref name="dataset"/>; returns the ticket id.</summary>
    public async Task<string> RequestAsync(string dataset = Dataset, string requester = "alice") =>
        (await Requests.ExecuteAsync(new AccessRequest(requester, dataset, Reason, null, AccessLevel.Read, null), CancellationToken.None)).Ticket.Id;

    public async Task<IReadOnlyList<TicketData>> TicketsAsync() =>
        [.. (await engine.GetRequiredService<ITicketStore>().QueryAsync(new TicketQuery(), CancellationToken.None)).Select(t => t.Data)];

    public async Task<TicketData> TicketAsync(string id) =>
        (await engine.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))!.Data;

    public async ValueTask DisposeAsync()
    {
        await engine.DisposeAsync();
        data.Dispose();
    }
}
