using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Hosting.Health;

/// <summary>Ready while Slack accepts the bot token (<c>auth.test</c>).</summary>
public sealed class SlackReadyCheck(ISlackApi slack) : IHealthCheck
{
    public const string Name = "slack";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var bot = await slack.AuthTestAsync(cancellationToken);
            return HealthCheckResult.Healthy($"auth.test: bot user {bot}");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(e is SlackApiException ? e.Message : $"Slack auth.test failed: {e.Message}");
        }
    }
}
