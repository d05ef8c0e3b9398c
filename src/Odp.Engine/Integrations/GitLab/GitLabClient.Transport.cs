using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Integrations.GitLab;

public sealed partial class GitLabClient
{
    /// <summary>
    /// Sends one call under <c>projects/&lt;project&gt;/</c> through GitLab's resilience layer
    /// (<c>Odp:Resilience:GitLab</c>): a 429 is waited out (<c>Retry-After</c>) and resent, since GitLab refused it
    /// unprocessed; a 5xx, timeout or connection failure is resent only when <paramref name="idempotent"/>, so a
    /// commit, merge request or pipeline is never created twice blindly. Returns the JSON body, <c>null</c> for an
    /// empty one.
    /// </summary>
    private async Task<JsonElement?> SendAsync(
        string operation, HttpMethod method, string path, JsonNode? body, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, $"projects/{Uri.EscapeDataString(options.Value.Project)}/{path}")
            .Named(operation)
            .Resend(idempotent ? RequestResend.Safe : RequestResend.Once);
        request.Headers.Add("PRIVATE-TOKEN", options.Value.Token);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new GitLabException(operation, 0, e.Message, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                if (string.IsNullOrWhiteSpace(text)) return null;
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.Clone();
            }
            logger.LogWarning("GitLab {Operation} failed with HTTP {Status}", operation, status);
            throw new GitLabException(operation, status, GitLabJson.Error(text, status));
        }
    }
}
