using Odp.Engine.Tests.Fakes;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>
/// A Trino coordinator on Kestrel (<c>http://127.0.0.1:&lt;free port&gt;</c>) speaking the statement protocol: every
/// query answers a queued page with no data first, then its columns, rows <see cref="PageSize"/> per page, and a
/// finished page; a failure is a page with <c>error</c> and no <c>nextUri</c>. Statements run against <see cref="Model"/>
/// (see <see cref="FakeTrinoSql"/>): seeded tables (<see cref="AddTable"/>), <c>system.metadata.catalogs</c>, each
/// catalog's <c>information_schema</c>, and GRANT/REVOKE. Reads of a table are judged for the <c>X-Trino-User</c> by
/// the rules file at <see cref="RulesFile"/>, or by SQL grants (<see cref="FakeTrinoModel.SqlStandardAccess"/>), with
/// the user's groups from <see cref="FakeTrinoModel.SetGroups"/>. <see cref="FailNext"/> scripts 5xx/429 answers;
/// DELETE cancels answer 204; <c>GET /v1/info</c> answers a coordinator that has started. Every call is recorded.
/// </summary>
internal sealed class FakeTrinoServer : IAsyncDisposable
{
    private readonly List<FakeTrinoCall> calls = [];
    private readonly Queue<int> scripted = new();
    private readonly Dictionary<string, List<JsonObject>> queries = new(StringComparer.Ordinal);

    private int queryCount;

    private LoopbackServer? loopback;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Catalogs, tables, groups and SQL grants.</summary>
    public FakeTrinoModel Model { get; } = new();

    /// <summary>The access-control rules file this Trino reads; null = no file-based access control.</summary>
    public string? RulesFile
    {
        get => Model.RulesFile;
        set => Model.RulesFile = value;
    }

    /// <summary>When set, any other <c>Authorization</c> header is answered 401.</summary>
    public string? RequiredAuthorization { get; set; }

    public int PageSize { get; set; } = 2;

    /// <summary>Headers added to the answer of every POST (e.g. <c>X-Trino-Set-Catalog</c>).</summary>
    public Dictionary<string, string> PostResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>Retry-After</c> seconds a scripted 429 carries.</summary>
    public int RetryAfterSeconds { get; set; } = 3;

    public static async Task<FakeTrinoServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeTrinoServer();
        server.loopback = await LoopbackServer.StartAsync(server.HandleAsync, cancellationToken);
        server.BaseUrl = server.loopback.BaseUrl;
        return server;
    }

    public IReadOnlyList<FakeTrinoCall> Calls
    {
        get { lock (calls) return [.. calls]; }
    }

    /// <summary>Seeds a table <c>catalog.schema.table</c>.</summary>
    public void AddTable(string name, IReadOnlyList<(string Name, string Type)> columns, params object?[][] rows)
    {
        var parts = name.Split('.');
        Model.AddTable(new FakeTrinoTable(parts[0], parts[1], parts[2], columns, rows));
    }

    /// <summary>The next requests, whatever they are, get these HTTP statuses (e.g. 503, 429) before normal service.</summary>
    public void FailNext(params int[] statuses)
    {
        lock (scripted) foreach (var status in statuses) scripted.Enqueue(status);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var user = headers.GetValueOrDefault("X-Trino-User");
        lock (calls) calls.Add(new FakeTrinoCall(request.Method, request.Path.Value ?? "", user, headers.GetValueOrDefault("Authorization"), headers, body));

        if (RequiredAuthorization is not null && headers.GetValueOrDefault("Authorization") != RequiredAuthorization)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        int? status = null;
        lock (scripted) if (scripted.Count > 0) status = scripted.Dequeue();
        if (status is { } s)
        {
            if (s == StatusCodes.Status429TooManyRequests) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            context.Response.StatusCode = s;
            return;
        }

        var parts = (request.Path.Value ?? "").Trim('/').Split('/');
        switch (request.Method, parts)
        {
            case ("POST", ["v1", "statement"]):
                var id = $"20260101_000000_{Interlocked.Increment(ref queryCount):00000}_fake";
                lock (queries) queries[id] = Plan(body, user ?? "");
                foreach (var (name, value) in PostResponseHeaders) context.Response.Headers[name] = value;
                await ServeAsync(context, id, 0);
                return;
            case ("GET", ["v1", "statement", var queryId, var n]) when int.TryParse(n, out var index):
                await ServeAsync(context, queryId, index);
                return;
            case ("GET", ["v1", "info"]):
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"nodeVersion":{"version":"fake"},"environment":"test","coordinator":true,"starting":false,"uptime":"1.00m"}""");
                return;
            case ("DELETE", ["v1", "statement", _, _]):
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    private async Task ServeAsync(HttpContext context, string id, int index)
    {
        List<JsonObject>? pages;
        lock (queries) queries.TryGetValue(id, out pages);
        if (pages is null || index >= pages.Count)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return;
        }

        var page = (JsonObject)pages[index].DeepClone();
        page["id"] = id;
        if (index < pages.Count - 1) page["nextUri"] = new Uri(BaseUrl, $"v1/statement/{id}/{index + 1}").ToString();
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(page.ToJsonString());
    }

    private List<JsonObject> Plan(string sql, string user)
    {
        var answer = FakeTrinoSql.Run(Model, sql, user);
        if (answer.Failure is not null) return [FakeTrinoPages.Queued(), answer.Failure];
        if (answer.Rows is not { } result) return [FakeTrinoPages.Queued(), FakeTrinoPages.Updated(answer.UpdateType!)];

        var pages = new List<JsonObject> { FakeTrinoPages.Queued(), FakeTrinoPages.Columns(result.Columns) };
        pages.AddRange(result.Rows.Chunk(PageSize).Select(chunk => FakeTrinoPages.Data(result.Columns, chunk)));
        pages.Add(FakeTrinoPages.Finished());
        return pages;
    }

    public async ValueTask DisposeAsync()
    {
        if (loopback is not null) await loopback.DisposeAsync();
    }
}
