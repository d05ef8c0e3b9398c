using Odp.Bot.Api;
using Odp.Bot.Hosting;
using Odp.Bot.Hosting.Health;
using Odp.Bot.Hosting.Telemetry;
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
            .AddOdpApi(builder.Configuration)
            .AddOdpHealth(builder.Configuration)
            .AddOdpOpenTelemetry(builder.Configuration);

        var app = builder.Build();
        // /healthz/live (and its alias /healthz), /healthz/ready and /metrics, on the same port (docs/observability.md).
        app.MapOdpHealth();
        app.MapOdpMetrics();
        app.MapSlack();
        app.MapMattermost();
        app.MapOdpApi();
        return app;
    }
}
