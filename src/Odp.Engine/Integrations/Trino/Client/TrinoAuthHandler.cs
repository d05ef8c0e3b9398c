using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// Authenticates the bot to the coordinator: <c>Bearer</c> with <see cref="TrinoOptions.Token"/>, else <c>Basic</c>
/// with <see cref="TrinoOptions.User"/>/<see cref="TrinoOptions.Password"/>, else nothing. The secret is never logged.
/// </summary>
public sealed class TrinoAuthHandler(IOptions<TrinoOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!string.IsNullOrEmpty(o.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
        }
        else if (!string.IsNullOrEmpty(o.User) && !string.IsNullOrEmpty(o.Password))
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.User}:{o.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
