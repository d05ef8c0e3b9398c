using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>Sending (through the shared <see cref="HttpApiSender"/>) and reading Mattermost's answers and errors.</summary>
public sealed partial class MattermostApiClient
{
    private const int MaxErrorText = 200;

    private Task<JsonNode?> CallAsync(string operation, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        CallAsync(operation, method, new Uri(path, UriKind.Relative), body, cancellationToken);

    private async Task<JsonNode?> CallAsync(string operation, HttpMethod method, Uri uri, JsonNode? body, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await sender.SendAsync(operation, () => Request(method, uri, body), cancellationToken).ConfigureAwait(false);
            return await ReadAsync(operation, response, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpApiTransportException e)
        {
            throw Fail(operation, 0, e.Error, e.Detail ?? e.Error);
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, JsonNode? body)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return request;
    }

    private async Task<JsonNode?> ReadAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var json = TryParse(text);
        if (response.IsSuccessStatusCode) return json;

        var status = (int)response.StatusCode;
        if (json is JsonObject error && MattermostJson.Text(error["id"]) is { } id)
        {
            throw Fail(operation, status, id, MattermostJson.Text(error["message"]) ?? "");
        }

        var detail = text.Length == 0 ? response.ReasonPhrase ?? "" : text.Length > MaxErrorText ? text[..MaxErrorText] : text;
        throw Fail(operation, status, $"http_{status}", detail);
    }

    private static JsonNode? TryParse(string text)
    {
        if (text.Length == 0) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private MattermostApiException Fail(string operation, int status, string id, string message)
    {
        LogFailed(logger, operation, status, id);
        return new MattermostApiException(operation, status, id, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mattermost {Operation} failed: {Status} {Id}")]
    private static partial void LogFailed(ILogger logger, string operation, int status, string id);
}
