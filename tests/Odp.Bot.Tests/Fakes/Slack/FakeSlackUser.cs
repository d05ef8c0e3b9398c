namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>A member of the fake workspace: <see cref="Name"/> is the handle, <see cref="RealName"/> the full name.</summary>
public sealed record FakeSlackUser(string Id, string Name, string? Email, string RealName);
