using System.Text.Json;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>One <c>QueryResults</c> document: the next page to fetch (none = the query is over), columns once known,
/// rows, and the failure if there is one.</summary>
internal sealed record TrinoPage(
    string? Id, string? NextUri, IReadOnlyList<TrinoColumn>? Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Data, TrinoQueryException? Error)
{
    public static TrinoPage Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new HttpRequestException("Trino sent an empty response (status 200).");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var id = String(root, "id");
        IReadOnlyList<TrinoColumn>? columns = root.TryGetProperty("columns", out var c) && c.ValueKind == JsonValueKind.Array
            ? [.. c.EnumerateArray().Select(col => new TrinoColumn(String(col, "name") ?? "", String(col, "type") ?? ""))]
            : null;
        IReadOnlyList<IReadOnlyList<JsonElement>> data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Array
            ? [.. d.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)[.. row.EnumerateArray().Select(v => v.Clone())])]
            : [];
        var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? ErrorOf(e, id) : null;
        return new TrinoPage(id, String(root, "nextUri"), columns, data, error);
    }

    private static TrinoQueryException ErrorOf(JsonElement error, string? queryId)
    {
        int? line = null, column = null;
        if (error.TryGetProperty("errorLocation", out var location) && location.ValueKind == JsonValueKind.Object)
        {
            line = Int(location, "lineNumber");
            column = Int(location, "columnNumber");
        }

        return new TrinoQueryException(
            String(error, "message") ?? "Trino reported a failure without a message.",
            String(error, "errorName") ?? "", String(error, "errorType") ?? "", Int(error, "errorCode") ?? 0, line, column, queryId);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : null;
}
