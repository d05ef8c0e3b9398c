using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Hosting.Health;

namespace Odp.Bot.Hosting.Health;

/// <summary>
/// The probes: <c>/healthz/live</c> (the process serves; <c>/healthz</c> is its alias) and <c>/healthz/ready</c> (the
/// catalog has loaded and every configured dependency answers: the store, LDAP, Trino, the chat platforms).
/// </summary>
public static class HealthRegistration
{
    public const string LivePath = "/healthz/live";
    public const string AliasPath = "/healthz";
    public const string ReadyPath = "/healthz/ready";

    /// <summary>Call after the engine and the platforms are added: a platform's check is added only when it is on.</summary>
    public static IServiceCollection AddOdpHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddEngineReadiness(configuration);
        if (services.Any(d => d.ServiceType == typeof(ISlackApi)))
            checks.AddCheck<SlackReadyCheck>(SlackReadyCheck.Name, tags: [ReadinessChecks.Tag], timeout: ReadinessChecks.Timeout);
        if (services.Any(d => d.ServiceType == typeof(IMattermostApi)))
            checks.AddCheck<MattermostReadyCheck>(MattermostReadyCheck.Name, tags: [ReadinessChecks.Tag], timeout: ReadinessChecks.Timeout);
        services.AddSingleton<ReadinessProbe>();
        return services;
    }

    public static IEndpointRouteBuilder MapOdpHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(LivePath, () => Results.Ok(new { status = "ok" }));
        app.MapGet(AliasPath, () => Results.Ok(new { status = "ok" }));
        app.MapGet(ReadyPath, async (ReadinessProbe probe) => ReadinessAnswer.From(await probe.ReportAsync()));
        return app;
    }
}
