namespace Odp.Engine.Integrations.Http;

/// <summary>
/// What a client tells <see cref="BackendResilienceHandler"/> about one request, in its
/// <see cref="HttpRequestMessage.Options"/>: its operation name (rate limits are kept per operation; logs name it)
/// and whether it may be resent (<see cref="RequestResend"/>).
/// </summary>
public static class BackendRequest
{
    public static readonly HttpRequestOptionsKey<string> OperationKey = new("Odp.Backend.Operation");

    public static readonly HttpRequestOptionsKey<RequestResend> ResendKey = new("Odp.Backend.Resend");

    /// <summary>Names the operation, e.g. <c>chat.postMessage</c>: a 429 then holds back only callers of it.</summary>
    public static HttpRequestMessage Named(this HttpRequestMessage request, string operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(OperationKey, operation);
        return request;
    }

    /// <summary>Sets how the request may be resent; see <see cref="RequestResend"/>.</summary>
    public static HttpRequestMessage Resend(this HttpRequestMessage request, RequestResend resend)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(ResendKey, resend);
        return request;
    }

    /// <summary>The operation's name, or null when the client gave none.</summary>
    public static string? OperationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(OperationKey, out var operation) ? operation : null;

    /// <summary>Whether <paramref name="request"/> may be sent again after a transient failure of <paramref name="backend"/>.</summary>
    public static bool MayResend(HttpRequestMessage request, BackendProfile backend)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(backend);
        var resend = request.Options.TryGetValue(ResendKey, out var r) ? r : RequestResend.ByMethod;
        return resend switch
        {
            RequestResend.Safe => true,
            RequestResend.Once => false,
            _ => backend.EveryRequestResendable || IsIdempotent(request.Method),
        };
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete;
}
