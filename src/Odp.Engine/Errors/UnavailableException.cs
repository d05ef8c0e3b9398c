namespace Odp.Engine.Errors;

/// <summary>
/// OpenDataPlane can't answer this yet but will soon (the catalog is still loading): the message says so and when to
/// try again; <see cref="RetryAfter"/> is that wait for callers that can pass it on (HTTP's <c>Retry-After</c>).
/// </summary>
public sealed class UnavailableException(string message, TimeSpan retryAfter) : UserFacingException(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
