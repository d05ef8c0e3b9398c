namespace Odp.Engine.Integrations.Http;

/// <summary>
/// Whether <see cref="BackendResilienceHandler"/> may send a request again after a transient failure (5xx, 408, a
/// timeout, no answer). A 429 is resent whatever this says: the server refused the request without processing it.
/// </summary>
public enum RequestResend
{
    /// <summary>By the HTTP method: GET, HEAD, OPTIONS, PUT and DELETE are idempotent; POST and PATCH are not.</summary>
    ByMethod = 0,

    /// <summary>The backend's protocol makes a repeat harmless (a read sent as POST, a create that answers 409 twice).</summary>
    Safe,

    /// <summary>Never resent after a transient failure: the caller retries at a higher level, or a repeat would do harm.</summary>
    Once,
}
