using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Engine.Integrations.GitLab;

/// <summary>GitLab's JSON in and out: the few fields the client uses.</summary>
internal static class GitLabJson
{
    public static JsonObject Commit(GitLabCommitRequest request)
    {
        var actions = new JsonArray();
        foreach (var a in request.Actions)
        {
            var item = new JsonObject { ["action"] = a.Action, ["file_path"] = a.FilePath };
            if (a.Content is not null) item["content"] = a.Content;
            actions.Add(item);
        }
        var body = new JsonObject { ["branch"] = request.Branch, ["commit_message"] = request.Message, ["actions"] = actions };
        if (request.StartBranch is not null) body["start_branch"] = request.StartBranch;
        return body;
    }

    public static GitLabCommit Commit(JsonElement e) => new(
        e.GetProperty("id").GetString() ?? "",
        Text(e, "web_url"),
        e.TryGetProperty("last_pipeline", out var p) && p.ValueKind == JsonValueKind.Object ? p.GetProperty("id").GetInt64() : null);

    public static GitLabPipeline Pipeline(JsonElement e) => new(
        e.GetProperty("id").GetInt64(),
        Text(e, "sha") ?? "",
        Text(e, "ref") ?? "",
        Text(e, "status") ?? "",
        Text(e, "web_url"));

    public static GitLabMergeRequest MergeRequest(JsonElement e) => new(
        e.GetProperty("iid").GetInt64(),
        Text(e, "source_branch") ?? "",
        Text(e, "target_branch") ?? "",
        Text(e, "web_url"),
        Text(e, "state") ?? GitLabMergeRequest.Opened,
        Text(e, "merge_commit_sha"),
        Text(e, "squash_commit_sha"));

    /// <summary>
    /// GitLab's error text: <c>message</c> (a string, an array of strings or an object of field errors) or
    /// <c>error</c> (+ <c>error_description</c>); <c>HTTP &lt;status&gt;</c> when the body is not JSON.
    /// </summary>
    public static string Error(string body, int status)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message))
            {
                return message.ValueKind switch
                {
                    JsonValueKind.String => message.GetString() ?? "",
                    JsonValueKind.Array => string.Join("; ", message.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText())),
                    _ => message.GetRawText(),
                };
            }
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                var text = error.ValueKind == JsonValueKind.String ? error.GetString() ?? "" : error.GetRawText();
                return Text(root, "error_description") is { Length: > 0 } d ? $"{text}: {d}" : text;
            }
        }
        catch (JsonException)
        {
        }
        return $"HTTP {status}";
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
