using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Odp.Engine.Integrations.GitLab;

public sealed partial class GitLabClient
{
    /// <summary>Attempts per call, the first included: 429s for every call, 5xx and no answer only for reads.</summary>
    public const int MaxAttempts = 4;

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the call fails instead.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Sends one call under <c>projects/&lt;project&gt;/</c>. A 429 is waited out (<c>Retry-After</c>) and resent, since
    /// GitLab refused it unprocessed; a 5xx, timeout or connection failure is resent only when
    /// <paramref name="idempotent"/>, so a commit, merge request or pipeline is never created twice blindly.
    /// Returns the JSON body, <c>null</c> for an empty one.
    /// </summary>
    private async Task<JsonElement?> SendAsync(
        string operation, HttpMethod method, string path, JsonNode? body, bool idempotent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, $"projects/{Uri.EscapeDataString(options.Value.Project)}/{path}");
            request.Headers.Add("PRIVATE-TOKEN", options.Value.Token);
            if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (!idempotent || attempt >= MaxAttempts) throw new GitLabException(operation, 0, e.Message, e);
                await BackOffAsync(operation, attempt, "no answer", cancellationToken).ConfigureAwait(false);
                continue;
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
                if (status == 429 && attempt < MaxAttempts && RetryAfter(response) is var wait && wait <= MaxRetryAfter)
                {
                    logger.LogWarning("GitLab {Operation} rate limited; retrying in {Delay}", operation, wait);
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (status >= 500 && idempotent && attempt < MaxAttempts)
                {
                    await BackOffAsync(operation, attempt, "HTTP " + status, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                logger.LogWarning("GitLab {Operation} failed with HTTP {Status}", operation, status);
                throw new GitLabException(operation, status, GitLabJson.Error(text, status));
            }
        }
    }

    private async Task BackOffAsync(string operation, int attempt, string reason, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1 << (attempt - 1));
        logger.LogWarning("GitLab {Operation} failed ({Reason}); retrying in {Delay}", operation, reason, delay);
        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header) return DefaultRetryAfter;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date) return date - time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return DefaultRetryAfter;
    }
}
