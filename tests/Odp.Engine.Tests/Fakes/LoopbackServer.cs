using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Odp.Engine.Tests.Fakes;

/// <summary>
/// A Kestrel server on <c>http://127.0.0.1:&lt;free port&gt;</c> for the fake vendor servers: one handler for every
/// request, or routes of its own. Shared by the engine's and the bot's test fakes.
/// </summary>
internal sealed class LoopbackServer(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    public static Task<LoopbackServer> StartAsync(RequestDelegate handler, CancellationToken cancellationToken) =>
        StartAsync(app => app.Run(handler), cancellationToken);

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        configure(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
