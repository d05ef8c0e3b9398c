using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Hosting.Health;

/// <summary>Ready while Mattermost accepts the bot token (<c>GET /api/v4/users/me</c>).</summary>
public sealed class MattermostReadyCheck(IMattermostApi mattermost) : IHealthCheck
{
    public const string Name = "mattermost";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var bot = await mattermost.GetMeAsync(cancellationToken);
            return HealthCheckResult.Healthy($"users/me: {bot.Username}");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(e is MattermostApiException ? e.Message : $"Mattermost users/me failed: {e.Message}");
        }
    }
}
