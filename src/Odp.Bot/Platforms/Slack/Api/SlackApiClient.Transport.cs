using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Sending (through the shared <see cref="HttpApiSender"/>) and reading Slack's answers.</summary>
public sealed partial class SlackApiClient
{
    private async Task<JsonObject> CallAsync(string method, Func<HttpRequestMessage> build, bool requireJson, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await sender.SendAsync(method, build, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(method, response, requireJson, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpApiTransportException e)
        {
            throw Fail(method, e.Error, e.Detail);
        }
    }

    private async Task<JsonObject> ReadAsync(string method, HttpResponseMessage response, bool requireJson, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var json = TryParse(text);
        var status = (int)response.StatusCode;
        if (json?["ok"] is JsonValue okValue && okValue.TryGetValue<bool>(out var ok) && !ok)
        {
            var error = json["error"] is JsonValue e && e.TryGetValue<string>(out var code) ? code : $"http_{status}";
            throw Fail(method, error, ScopeDetail(json));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Fail(method, $"http_{status}");
        }

        if (json is null && requireJson)
        {
            throw Fail(method, "invalid_response", "not a JSON object");
        }

        if (requireJson && !(json!["ok"] is JsonValue v && v.TryGetValue<bool>(out var isOk) && isOk))
        {
            throw Fail(method, "invalid_response", "no ok");
        }

        return json ?? [];
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ScopeDetail(JsonObject json)
    {
        var needed = json["needed"]?.ToString();
        var provided = json["provided"]?.ToString();
        return needed is null && provided is null ? null : $"needed: {needed ?? "?"}; provided: {provided ?? "?"}";
    }

    private static string Required(string method, JsonObject answer, string name) =>
        answer[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new SlackApiException(method, "invalid_response", $"no {name}");

    private SlackApiException Fail(string method, string error, string? detail = null)
    {
        LogFailed(logger, method, error);
        return new SlackApiException(method, error, detail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string error);

}
