namespace Odp.Bot.Platforms.Http;

/// <summary>
/// <see cref="HttpApiSender"/> got no usable answer: <see cref="Error"/> is <c>ratelimited</c>, <c>timeout</c> or
/// <c>connection_failed</c>. Each platform client turns it into its own exception type.
/// </summary>
public sealed class HttpApiTransportException(string operation, string error, string? detail = null)
    : Exception($"{operation} failed: {error}{(detail is null ? "" : " (" + detail + ")")}")
{
    public const string RateLimited = "ratelimited";
    public const string Timeout = "timeout";
    public const string ConnectionFailed = "connection_failed";

    public string Operation { get; } = operation;

    public string Error { get; } = error;

    public string? Detail { get; } = detail;
}
