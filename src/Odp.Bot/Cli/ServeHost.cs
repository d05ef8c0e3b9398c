using Odp.Bot.Api;
using Odp.Bot.Hosting;
using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Platforms.Slack;
using Odp.Engine.Hosting;

namespace Odp.Bot.Cli;

/// <summary><c>serve</c> (the default): the HTTP host with the same engine and workers. Honours ASPNETCORE_URLS.</summary>
public static class ServeHost
{
    public static WebApplication Build(string[] args, HostOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = OdpDefaults.Embedded() });
        builder.Configuration.AddInMemoryCollection(OdpDefaults.Overrides(options.Data, options.Catalog, options.Directory));
        builder.Services.AddOdpEngine(builder.Configuration).AddOdpWorkers().AddOdpConversation()
            .AddSlack(builder.Configuration)
            .AddMattermost(builder.Configuration)
            .AddOdpApi(builder.Configuration);

        var app = builder.Build();
        // Liveness: the process is serving. /healthz stays as its alias.
        app.MapGet("/healthz/live", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapSlack();
        app.MapMattermost();
        app.MapOdpApi();
        return app;
    }
}
