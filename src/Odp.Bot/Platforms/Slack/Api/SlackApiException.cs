namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Slack answered <c>ok:false</c> (or failed at the HTTP level); <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException(string method, string error, string? detail = null)
    : Exception($"Slack {method} failed: {error}{(detail is null ? "" : " (" + detail + ")")}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}
