namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>Mattermost refused a call: its error <see cref="Id"/> (e.g. <c>api.context.404.app_error</c>) and message.</summary>
public sealed class MattermostApiException(string operation, int status, string id, string message)
    : Exception($"Mattermost {operation} failed ({status} {id}): {message}")
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    public string Id { get; } = id;

    public string ErrorMessage { get; } = message;
}
