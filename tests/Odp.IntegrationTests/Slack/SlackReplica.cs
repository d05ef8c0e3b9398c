using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Conversation.Background;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Hosting;
using Odp.Engine.Storage.Deliveries;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;

namespace Odp.IntegrationTests.Slack;

/// <summary>
/// One replica of the served host with Slack over HTTP: its own data folder and its own connection pool to the shared
/// PostgreSQL through <c>Odp:Store:Postgres</c> (so its tickets and its <see cref="PostgresDeliveryLog"/> are the shared
/// ones); Slack's Web API is the shared <see cref="RecordingSlackApi"/>.
/// </summary>
public sealed class SlackReplica : IAsyncDisposable
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-replica-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> app;
    private readonly HttpClient client;

    public SlackReplica(string connectionString, RecordingSlackApi slack)
    {
        var settings = new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data,
            ["Odp:Slack:SigningSecret"] = Secret,
            ["Odp:Slack:BotToken"] = "xoxb-replica",
            ["Odp:Slack:ApiUrl"] = "http://127.0.0.1:9/api/", // never called: the Web API is the recording one
            ["Odp:Store:Postgres"] = connectionString,
        };
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            b.ConfigureTestServices(s => s.AddSingleton<ISlackApi>(slack));
        });
        client = app.CreateClient();
    }

    /// <summary>Posts <paramref name="form"/> to <paramref name="path"/> signed as Slack signs it at <paramref name="at"/>.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string form, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(Secret, timestamp, Encoding.UTF8.GetBytes(form)));
        return client.SendAsync(request);
    }

    /// <summary>Waits until the work this replica acked and finishes in the background is done.</summary>
    public Task IdleAsync() => app.Services.GetRequiredService<BackgroundWork>().WhenIdleAsync().WaitAsync(Patience);

    public async Task<TicketData?> TicketAsync(string id) =>
        (await app.Services.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))?.Data;

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
