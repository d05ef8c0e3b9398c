using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Engine.Errors;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// With <c>Odp:Mattermost:RegisterCommand=true</c>: at start, creates or updates the <c>/odp</c> command on each
/// configured team, pointing at this bot, and trusts the token Mattermost gives it. Nothing for an admin to paste.
/// </summary>
public sealed class MattermostCommandRegistration(
    IMattermostApi api, MattermostCommandTokens tokens, IOptions<MattermostOptions> options, ILogger<MattermostCommandRegistration> logger)
    : IHostedService
{
    public const string Trigger = "odp";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.RegisterCommand) return;
        var url = settings.PublicUrl.TrimEnd('/') + MattermostEndpoints.CommandsPath;
        foreach (var team in settings.Teams.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await RegisterAsync(team, url, cancellationToken);
            }
            catch (Exception e) when (e is MattermostApiException or HttpRequestException)
            {
                throw new StartupException(
                    $"Could not register /{Trigger} on Mattermost team {team} ({MattermostOptions.Section}:Teams, " +
                    $"{MattermostOptions.Section}:Url, {MattermostOptions.Section}:BotToken): {e.Message}", e);
            }
        }
    }

    private async Task RegisterAsync(string team, string url, CancellationToken cancellationToken)
    {
        var existing = (await api.ListCommandsAsync(team, cancellationToken))
            .FirstOrDefault(c => string.Equals(c.Trigger, Trigger, StringComparison.OrdinalIgnoreCase));
        var wanted = new MattermostCommand(existing?.Id, team, Trigger, url);
        var saved = existing is null
            ? await api.CreateCommandAsync(wanted, cancellationToken)
            : await api.UpdateCommandAsync(wanted with { Token = existing.Token }, cancellationToken);
        if ((saved.Token ?? existing?.Token) is { Length: > 0 } token) tokens.Add(token);
        logger.LogInformation("{Action} /{Trigger} on Mattermost team {Team} → {Url}", existing is null ? "Created" : "Updated", Trigger, team, url);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
