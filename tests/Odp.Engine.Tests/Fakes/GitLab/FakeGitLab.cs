using Odp.Engine.Tests.Fakes;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>
/// GitLab REST v4 for one project on Kestrel (<c>http://127.0.0.1:&lt;port&gt;</c>): branches, tree, files and commits
/// (<see cref="FakeGitLabRepository"/>), pipelines that move along <see cref="PipelineScript"/> on each GET, the
/// pipeline trigger, pipeline retries (<see cref="RetryScripts"/>), merge requests (409 on a second open one; merged
/// or closed by <see cref="Merge"/> and <see cref="Close"/>), a commit's branches. 401 for a wrong <c>PRIVATE-TOKEN</c>;
/// <see cref="Inject"/> forces an answer (429 with <c>Retry-After</c>, 500, a lost answer); <see cref="Calls"/> logs all.
/// </summary>
internal sealed class FakeGitLab : IAsyncDisposable
{
    public const string Token = "glpat-test-token";
    public const string Project = "odp/infra";

    private readonly object gate = new();
    private readonly List<FakeGitLabCall> calls = [];
    private readonly List<FakeGitLabFault> faults = [];
    private readonly List<FakeGitLabPipeline> pipelines = [];
    private readonly List<FakeGitLabMergeRequest> mergeRequests = [];
    private LoopbackServer? server;

    public FakeGitLabRepository Repository { get; } = new("main");

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Statuses a new pipeline goes through, one per GET of it.</summary>
    public IReadOnlyList<string> PipelineScript { get; set; } = ["pending", "running", "success"];

    /// <summary>
    /// Statuses a retried pipeline goes through (<c>POST pipelines/:id/retry</c> on a failed or canceled one), one
    /// script per retry in order; once they are used up, <see cref="PipelineScript"/>.
    /// </summary>
    public Queue<IReadOnlyList<string>> RetryScripts { get; } = new();

    /// <summary>The ids of every pipeline the project has.</summary>
    public IReadOnlyList<long> Pipelines { get { lock (gate) return [.. pipelines.Select(p => p.Id)]; } }

    /// <summary>Where pipeline <paramref name="id"/> stands now (<c>pending</c>, <c>running</c>, <c>success</c>, …).</summary>
    public string StatusOf(long id) { lock (gate) return pipelines.Single(p => p.Id == id).Status; }

    /// <summary>Whether a commit gets a pipeline by itself, as a push to a project with a CI file does.</summary>
    public bool PipelinesOnCommit { get; set; } = true;

    public IReadOnlyList<FakeGitLabCall> Calls { get { lock (gate) return [.. calls]; } }

    public IReadOnlyList<FakeGitLabCall> CallsTo(string method, string path) =>
        [.. Calls.Where(c => c.Method == method && c.Path == path)];

    public int OpenMergeRequests { get { lock (gate) return mergeRequests.Count(m => m.State == "opened"); } }

    /// <summary>Merges open merge request !<paramref name="iid"/> with a merge commit on its target, which gets a pipeline as a push does.</summary>
    public string Merge(long iid)
    {
        lock (gate)
        {
            var mr = mergeRequests.Single(m => m.Iid == iid && m.State == "opened");
            var commit = Repository.Merge(mr.Source, mr.Target, $"Merge branch '{mr.Source}' into '{mr.Target}'\n\nSee merge request !{iid}");
            if (PipelinesOnCommit) AddPipeline(commit.Sha, mr.Target);
            (mr.State, mr.MergeCommitSha) = ("merged", commit.Sha);
            return commit.Sha;
        }
    }

    /// <summary>Closes open merge request !<paramref name="iid"/> without merging.</summary>
    public void Close(long iid)
    {
        lock (gate) mergeRequests.Single(m => m.Iid == iid && m.State == "opened").State = "closed";
    }

    /// <summary>The ids of the pipelines on <paramref name="gitRef"/>.</summary>
    public IReadOnlyList<long> PipelinesOn(string gitRef) { lock (gate) return [.. pipelines.Where(p => p.Ref == gitRef).Select(p => p.Id)]; }

    public void Inject(FakeGitLabFault fault)
    {
        lock (gate) faults.Add(fault);
    }

    public static async Task<FakeGitLab> StartAsync(CancellationToken cancellationToken)
    {
        var fake = new FakeGitLab();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync, cancellationToken);
        fake.Url = fake.server.BaseUrl;
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var q = raw.IndexOf('?');
        var (rawPath, query) = q < 0 ? (raw, "") : (raw[..q], raw[(q + 1)..]);
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var prefix = $"/api/v4/projects/{Uri.EscapeDataString(Project)}/";
        var method = context.Request.Method;

        int status;
        JsonNode? answer;
        string? retryAfter = null;
        lock (gate)
        {
            var path = rawPath.StartsWith(prefix, StringComparison.Ordinal) ? rawPath[prefix.Length..] : rawPath;
            var segments = path.Split('/').Select(Uri.UnescapeDataString).ToArray();
            var decoded = string.Join('/', segments);
            var fault = faults.FirstOrDefault(f => f.Method == method && f.Path == decoded);
            if (fault is not null) faults.Remove(fault);

            if (context.Request.Headers["PRIVATE-TOKEN"] != Token) (status, answer) = (401, new JsonObject { ["message"] = "401 Unauthorized" });
            else if (!rawPath.StartsWith(prefix, StringComparison.Ordinal)) (status, answer) = (404, new JsonObject { ["message"] = "404 Project Not Found" });
            else if (fault is { AfterHandling: false }) (status, answer) = (fault.Status, null);
            else (status, answer) = Route(method, segments, Query(query), body);

            if (fault is not null)
            {
                status = fault.Status;
                retryAfter = fault.RetryAfter;
                answer = status == 429 ? new JsonObject { ["message"] = "Retry later" } : new JsonObject { ["message"] = $"{status} Internal Server Error" };
            }
            calls.Add(new FakeGitLabCall(method, decoded, query, body, status));
        }

        context.Response.StatusCode = status;
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
        }
    }

    private (int, JsonNode?) Route(string method, string[] s, Dictionary<string, string> q, string body)
    {
        string Q(string key) => q.GetValueOrDefault(key, "");
        int Int(string key, int fallback) => int.TryParse(Q(key), out var v) ? v : fallback;
        return (method, s) switch
        {
            ("GET", ["repository", "branches", var b]) => Repository.Branch(b),
            ("GET", ["repository", "tree"]) => Repository.Tree(Q("path"), Q("ref"), Int("per_page", 20), Int("page", 1)),
            ("GET", ["repository", "files", var f]) => Repository.File(f, Q("ref")),
            ("POST", ["repository", "commits"]) => CreateCommit(JsonNode.Parse(body) ?? new JsonObject()),
            ("GET", ["repository", "commits"]) => (200, new JsonArray([.. Repository.History(Q("ref_name"), Q("path")).Select(c => CommitJson(c))])),
            ("GET", ["repository", "commits", var sha, "refs"]) => Repository.Refs(sha, Q("type"), Int("per_page", 20), Int("page", 1)),
            ("GET", ["repository", "commits", var sha]) => Repository.Commit(sha) is { } c ? (200, CommitJson(c)) : (404, new JsonObject { ["message"] = "404 Commit Not Found" }),
            ("GET", ["pipelines"]) => (200, new JsonArray([.. pipelines.Where(p => p.Sha == Q("sha") && (Q("ref") == "" || p.Ref == Q("ref"))).OrderByDescending(p => p.Id).Select(p => PipelineJson(p))])),
            ("GET", ["pipelines", var id]) => pipelines.FirstOrDefault(p => p.Id.ToString() == id) is { } p ? Advance(p) : (404, new JsonObject { ["message"] = "404 Not found" }),
            ("POST", ["pipelines", var id, "retry"]) => pipelines.FirstOrDefault(p => p.Id.ToString() == id) is { } p ? Retry(p) : (404, new JsonObject { ["message"] = "404 Not found" }),
            ("POST", ["pipeline"]) => Repository.Head(Q("ref")) is { } head ? (201, PipelineJson(AddPipeline(head, Q("ref")))) : (400, new JsonObject { ["message"] = new JsonObject { ["base"] = new JsonArray("Reference not found") } }),
            ("GET", ["merge_requests"]) => (200, new JsonArray([.. mergeRequests.Where(m => m.Source == Q("source_branch") && (Q("state") == "" || m.State == Q("state"))).Select(m => MergeRequestJson(m))])),
            ("GET", ["merge_requests", var iid]) => mergeRequests.FirstOrDefault(m => m.Iid.ToString() == iid) is { } mr ? (200, MergeRequestJson(mr)) : (404, new JsonObject { ["message"] = "404 Not found" }),
            ("POST", ["merge_requests"]) => CreateMergeRequest(JsonNode.Parse(body) ?? new JsonObject()),
            _ => (404, new JsonObject { ["error"] = "404 Not Found" }),
        };
    }

    private (int, JsonNode?) CreateCommit(JsonNode body)
    {
        var (status, answer, commit) = Repository.CreateCommit(body);
        if (commit is null) return (status, answer);
        if (PipelinesOnCommit) AddPipeline(commit.Sha, (string)body["branch"]!);
        return (status, CommitJson(commit));
    }

    private (int, JsonNode?) CreateMergeRequest(JsonNode body)
    {
        var (source, target) = ((string?)body["source_branch"] ?? "", (string?)body["target_branch"] ?? "");
        if ((string?)body["title"] is null) return (400, new JsonObject { ["message"] = "400 (Bad request) \"title\" not given" });
        if (mergeRequests.FirstOrDefault(m => m.Source == source && m.State == "opened") is { Iid: > 0 } open)
            return (409, new JsonObject { ["message"] = new JsonArray($"Another open merge request already exists for this source branch: !{open.Iid}") });
        var mr = new FakeGitLabMergeRequest(mergeRequests.Count + 1L, source, target);
        mergeRequests.Add(mr);
        return (201, MergeRequestJson(mr));
    }

    private (int, JsonNode?) Advance(FakeGitLabPipeline pipeline)
    {
        var answer = PipelineJson(pipeline);
        pipeline.Advance();
        return (200, answer);
    }

    /// <summary>Retries the failed or canceled jobs; without any, "calling this endpoint has no effect" (G4).</summary>
    private (int, JsonNode?) Retry(FakeGitLabPipeline pipeline)
    {
        if (pipeline.Status is "failed" or "canceled") pipeline.Restart(RetryScripts.Count > 0 ? RetryScripts.Dequeue() : PipelineScript);
        return (201, PipelineJson(pipeline));
    }

    private FakeGitLabPipeline AddPipeline(string sha, string gitRef)
    {
        var pipeline = new FakeGitLabPipeline(pipelines.Count + 100, sha, gitRef, PipelineScript);
        pipelines.Add(pipeline);
        return pipeline;
    }

    private JsonObject CommitJson(FakeGitLabCommit c)
    {
        var last = pipelines.Where(p => p.Sha == c.Sha).MaxBy(p => p.Id);
        return new JsonObject
        {
            ["id"] = c.Sha,
            ["short_id"] = c.Sha[..8],
            ["title"] = c.Message.Split('\n')[0],
            ["message"] = c.Message,
            ["parent_ids"] = new JsonArray([.. c.Parents.Select(p => (JsonNode)p)]),
            ["web_url"] = $"https://gitlab.example.com/{Project}/-/commit/{c.Sha}",
            ["last_pipeline"] = last is null ? null : new JsonObject { ["id"] = last.Id, ["ref"] = last.Ref, ["sha"] = last.Sha, ["status"] = last.Status },
        };
    }

    private static JsonObject PipelineJson(FakeGitLabPipeline p) =>
        new() { ["id"] = p.Id, ["iid"] = p.Id - 99, ["sha"] = p.Sha, ["ref"] = p.Ref, ["status"] = p.Status, ["web_url"] = p.WebUrl };

    private JsonObject MergeRequestJson(FakeGitLabMergeRequest m) => m.Json(Repository.Head(m.Source));

    private static Dictionary<string, string> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
