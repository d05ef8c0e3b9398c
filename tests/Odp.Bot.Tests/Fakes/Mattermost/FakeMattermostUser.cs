namespace Odp.Bot.Tests.Fakes.Mattermost;

public sealed record FakeMattermostUser(string Id, string Username, string? Email, bool IsBot = false);
