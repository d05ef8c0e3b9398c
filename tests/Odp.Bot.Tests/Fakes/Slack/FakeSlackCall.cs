using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// One request the fake Slack answered: the Web API <see cref="Method"/> (or <c>response_url</c>), the HTTP verb,
/// headers, the parsed body (JSON, form or query, merged), and what the fake answered.
/// </summary>
public sealed record FakeSlackCall(
    string Method,
    string HttpMethod,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    JsonObject Body,
    int Status,
    JsonObject? Response,
    DateTimeOffset At)
{
    /// <summary>The <c>Authorization</c> header as sent, or null when there was none.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    /// <summary>Slack's error code when the fake answered <c>ok:false</c>.</summary>
    public string? Error => Response?["ok"]?.GetValue<bool>() == false ? Response["error"]?.GetValue<string>() : null;

    public override string ToString() => $"{HttpMethod} {Method} → {Status}{(Error is null ? "" : " " + Error)} {Body.ToJsonString()}";
}
