namespace Odp.Bot.Platforms.Mattermost.Api;

public sealed record MattermostUser(string Id, string Username, string? Email);
