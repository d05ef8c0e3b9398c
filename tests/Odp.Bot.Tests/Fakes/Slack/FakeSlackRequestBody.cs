using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// Reads a request as Slack does: a JSON object, or form fields (where <c>blocks</c>/<c>attachments</c> are JSON
/// strings), merged over the query string. Unreadable JSON yields <c>null</c> (the fake answers <c>invalid_json</c>).
/// </summary>
internal static class FakeSlackRequestBody
{
    private static readonly string[] JsonFields = ["blocks", "attachments", "metadata"];

    public static async Task<JsonObject?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        foreach (var (key, value) in request.Query) body[key] = Field(key, value.ToString());

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form) body[key] = Field(key, value.ToString());
            return body;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length == 0) return body;
        try
        {
            if (JsonNode.Parse(text) is not JsonObject json) return null;
            foreach (var (key, value) in json.ToList())
            {
                json.Remove(key);
                body[key] = value;
            }

            return body;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode? Field(string key, string value)
    {
        if (JsonFields.Contains(key) && value.TrimStart() is ['[' or '{', ..])
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }
}
