using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>An ephemeral message the fake accepted: only <see cref="User"/> would see it; it cannot be updated.</summary>
public sealed record FakeSlackEphemeral(string Channel, string User, string MessageTs, string? Text, JsonArray? Blocks);
