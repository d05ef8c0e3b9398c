using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>Adds <c>Authorization: token &lt;Token&gt;</c> to every call to the hub.</summary>
public sealed class JupyterHubTokenHandler(IOptions<JupyterHubOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("token", options.Value.Token);
        return base.SendAsync(request, cancellationToken);
    }
}
