using Microsoft.AspNetCore.Builder;
using Odp.Engine.Tests.Fakes;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>
/// OpenMetadata on Kestrel at 127.0.0.1 (a free port): <c>/api/v1/tables</c> with <c>limit</c>/<c>after</c> paging,
/// <c>/api/v1/lineage/table/name/{fqn}</c>, <c>/api/v1/search/query</c>. A token other than <see cref="Token"/> gets a
/// 401; <see cref="FailNext"/> makes the next requests answer a status (e.g. 503); <see cref="Tamper"/> edits the JSON
/// of a table as listed (to serve a malformed entity among good ones). Every request is in <see cref="Calls"/>.
/// </summary>
public sealed class FakeOpenMetadataServer : IAsyncDisposable
{
    public const string Token = "good-token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentQueue<int> failures = new();

    private LoopbackServer? loopback;

    public List<OmTable> Tables { get; } = [];

    public Dictionary<string, OmLineage> Lineage { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>By table FQN: an edit of the table's JSON before <c>/api/v1/tables</c> lists it.</summary>
    public Dictionary<string, Action<JsonObject>> Tamper { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Completes when <c>/api/v1/tables</c> is first asked.</summary>
    public TaskCompletionSource TablesAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, <c>/api/v1/tables</c> answers only once it completes (a sync that is still reading).</summary>
    public TaskCompletionSource? HoldTables { get; set; }

    public ConcurrentQueue<string> Calls { get; } = new();

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FakeOpenMetadataServer> StartAsync()
    {
        var server = new FakeOpenMetadataServer();
        server.loopback = await LoopbackServer.StartAsync(app =>
        {
            app.Use(server.GuardAsync);
            app.MapGet("/api/v1/tables", server.ListTablesAsync);
            app.MapGet("/api/v1/lineage/table/name/{fqn}", (string fqn) =>
                server.Lineage.TryGetValue(fqn, out var lineage) ? Results.Json(lineage, Json) : Results.NotFound());
            app.MapGet("/api/v1/search/query", server.Search);
        }, CancellationToken.None);
        server.Url = new Uri(server.loopback.BaseUrl.AbsoluteUri.TrimEnd('/'));
        return server;
    }

    /// <summary>The next <paramref name="count"/> requests answer <paramref name="status"/> with an empty body.</summary>
    public void FailNext(int status, int count = 1)
    {
        for (var i = 0; i < count; i++) failures.Enqueue(status);
    }

    public ValueTask DisposeAsync() => loopback?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        Calls.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsJsonAsync(new { code = 401, message = "Token verification failed." });
            return;
        }
        if (failures.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            return;
        }
        await next();
    }

    private async Task<IResult> ListTablesAsync(int? limit, string? after, string? fields)
    {
        TablesAsked.TrySetResult();
        if (HoldTables is { } hold) await hold.Task;
        var size = limit ?? 10;
        var start = after is null ? 0 : int.Parse(after.TrimStart('c'), System.Globalization.CultureInfo.InvariantCulture);
        var page = new JsonArray();
        foreach (var table in Tables.Skip(start).Take(size))
        {
            var json = JsonSerializer.SerializeToNode(table, Json)!.AsObject();
            if (Tamper.TryGetValue(table.FullyQualifiedName, out var edit)) edit(json);
            page.Add(json);
        }
        var next = start + size < Tables.Count ? $"c{start + size}" : null;
        return Results.Json(new JsonObject { ["data"] = page, ["paging"] = JsonSerializer.SerializeToNode(new OmPaging(next, null, Tables.Count), Json) }, Json);
    }

    private IResult Search(string? q, string? index)
    {
        var name = q?.StartsWith("name:", StringComparison.Ordinal) == true ? q[5..] : q ?? "*";
        var hits = Tables
            .Where(t => name == "*" || string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(t => new Dictionary<string, object> { ["_index"] = index ?? "table_search_index", ["_id"] = t.Id, ["_score"] = 1.0, ["_source"] = t })
            .ToList();
        return Results.Json(new { took = 1, timed_out = false, hits = new { total = new { value = hits.Count, relation = "eq" }, hits } }, Json);
    }
}
