using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// One request the fake Mattermost answered: the <see cref="Operation"/> (a <c>MattermostOperations</c> name, or the
/// path when unknown), the HTTP verb, the decoded path and the raw target as sent (to see URL-encoding), headers,
/// the parsed JSON body (null when none or unreadable), and what the fake answered.
/// </summary>
public sealed record FakeMattermostCall(
    string Operation,
    string HttpMethod,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    string RawBody,
    int Status,
    JsonNode? Response,
    DateTimeOffset At)
{
    /// <summary>The <c>Authorization</c> header as sent, or null when there was none.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    /// <summary>Mattermost's error id when the fake answered with its error JSON.</summary>
    public string? ErrorId => Status >= 400 && Response is JsonObject error ? error["id"]?.GetValue<string>() : null;

    public override string ToString() => $"{HttpMethod} {Path} ({Operation}) → {Status}{(ErrorId is null ? "" : " " + ErrorId)} {RawBody}";
}
