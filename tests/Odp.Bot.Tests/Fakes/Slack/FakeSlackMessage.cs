using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>A message as it stands in the fake workspace (after any <c>chat.update</c>).</summary>
public sealed record FakeSlackMessage(string Channel, string Ts, string? Text, JsonArray? Blocks, int Edits = 0);
