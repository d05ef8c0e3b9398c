namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>A Slack user as <c>users.info</c> describes them; <see cref="Email"/> needs the <c>users:read.email</c> scope.</summary>
public sealed record SlackUser(string Id, string Name, string? Email);
