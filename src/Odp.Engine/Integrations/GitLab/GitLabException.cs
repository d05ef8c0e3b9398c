namespace Odp.Engine.Integrations.GitLab;

/// <summary>
/// A GitLab call that failed: the operation, the HTTP status (0 when no answer came) and GitLab's error text
/// (<c>message</c> or <c>error</c>). <see cref="IsTransient"/> for 429, 5xx, timeouts and connection failures.
/// </summary>
public sealed class GitLabException(string operation, int status, string error, Exception? inner = null)
    : Exception($"GitLab {operation} failed ({(status == 0 ? "no answer" : "HTTP " + status)}): {error}", inner)
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    public string Error { get; } = error;

    public bool IsTransient => Status is 0 or 429 or >= 500;
}
