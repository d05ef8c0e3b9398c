using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>The <c>QueryResults</c> documents the fake Trino serves, without <c>id</c>/<c>nextUri</c> (added when served).</summary>
internal static class FakeTrinoPages
{
    public static JsonObject Queued() => new() { ["stats"] = new JsonObject { ["state"] = "QUEUED" } };

    public static JsonObject Columns(IReadOnlyList<(string Name, string Type)> columns) => new()
    {
        ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["type"] = c.Type })]),
        ["stats"] = new JsonObject { ["state"] = "RUNNING" },
    };

    public static JsonObject Data(IReadOnlyList<(string Name, string Type)> columns, IEnumerable<object?[]> rows)
    {
        var page = Columns(columns);
        page["data"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(v => JsonSerializer.SerializeToNode(v))]))]);
        return page;
    }

    /// <summary>The last page of a statement that changed something, e.g. <c>GRANT</c>.</summary>
    public static JsonObject Updated(string updateType) => new()
    {
        ["stats"] = new JsonObject { ["state"] = "FINISHED" },
        ["updateType"] = updateType,
    };

    public static JsonObject Finished() => new() { ["stats"] = new JsonObject { ["state"] = "FINISHED" } };

    public static JsonObject Failed(string name, string type, int code, string message, int? line = null, int? column = null)
    {
        var error = new JsonObject
        {
            ["message"] = message, ["errorCode"] = code, ["errorName"] = name, ["errorType"] = type,
            ["failureInfo"] = new JsonObject { ["type"] = "io.trino.spi.TrinoException", ["message"] = message },
        };
        if (line is not null) error["errorLocation"] = new JsonObject { ["lineNumber"] = line, ["columnNumber"] = column };
        return new JsonObject { ["stats"] = new JsonObject { ["state"] = "FAILED" }, ["error"] = error };
    }

    public static JsonObject AccessDenied(string catalog, string schema, string table) => Failed(
        "PERMISSION_DENIED", "USER_ERROR", 4, $"Access Denied: Cannot select from table {catalog}.{schema}.{table}");
}
