using System.Net.Http.Headers;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>Adds <c>Authorization: Bearer &lt;token&gt;</c> to every request.</summary>
public sealed class BearerTokenHandler(Func<string> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token());
        return base.SendAsync(request, cancellationToken);
    }
}
