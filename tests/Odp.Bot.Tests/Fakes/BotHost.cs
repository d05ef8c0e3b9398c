using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Conversation.Background;
using Odp.Engine.Hosting;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// The real HTTP host (<c>odp serve</c>) in process, on a temp data directory, with the given settings; the hosted
/// workers run as in production. Platform harnesses build on it.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-host-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> app;

    public BotHost(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>(settings)
        {
            [DataDirectory.Setting] = data,
            ["Odp:Provisioning:PollInterval"] = "1s",
        };
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in values) b.UseSetting(key, value);
            if (services is not null) b.ConfigureTestServices(services); // after the app's own: a test's registration wins
        });
        Client = app.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public string DataPath => data;

    /// <summary>Waits until the work acked by a platform and finished in the background is done.</summary>
    public Task IdleAsync() => Services.GetRequiredService<BackgroundWork>().WhenIdleAsync().WaitAsync(Patience);

    public async Task<TicketData?> TicketAsync(string id) =>
        (await Services.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))?.Data;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
