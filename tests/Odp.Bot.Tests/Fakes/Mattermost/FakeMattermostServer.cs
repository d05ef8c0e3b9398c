using Odp.Engine.Tests.Fakes;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// An in-process Mattermost on <c>http://127.0.0.1:&lt;port&gt;</c>: the REST v4 calls the bot makes under
/// <c>/api/v4/</c> (bearer check, users, direct channels, posts with patches and ephemerals, custom commands per
/// team) and slash command <c>response_url</c>s under <c>/hooks/commands/</c>. Errors use Mattermost's JSON shape
/// <c>{"id","message","request_id","status_code"}</c>. Every call is recorded; tests wait on them with
/// <see cref="WaitForAsync"/>; faults can be queued per operation (<see cref="MattermostOperations"/> names).
/// A <c>response_url</c> takes 5 posts; a sixth answers 400 <c>app.command_webhook.try_use.invalid.app_error</c>,
/// an unknown one 404 <c>app.command_webhook.get.missing.app_error</c> (our choice of Mattermost's ids).
/// </summary>
public sealed partial class FakeMattermostServer(TimeProvider? timeProvider = null) : IAsyncDisposable
{
    public const string BotUserId = "odpbot0000000000000000000a";
    public const string BotUsername = "odp";
    private const int MaxResponsesPerUrl = 5;

    private readonly FakeMattermostState state = new(new FakeMattermostUser(BotUserId, BotUsername, null, IsBot: true));
    private readonly FakeReplyQueue<FakeMattermostReply> faults = new();
    private readonly FakeCallLog<FakeMattermostCall> log = new("Mattermost");
    private readonly Dictionary<string, List<JsonNode>> responseUrls = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private LoopbackServer? server;
    private int lastRequestId;

    /// <summary>The bot's access token; a request with another (or none) answers 401.</summary>
    public string BotToken { get; set; } = "fakebottoken00000000000000";

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c> (no trailing slash), for <c>MattermostOptions.Url</c>.</summary>
    public string Url => BaseUrl.AbsoluteUri.TrimEnd('/');

    public IReadOnlyList<FakeMattermostCall> AllCalls => log.Snapshot();

    /// <summary>Every post, as it stands after its patches, in creation order.</summary>
    public IReadOnlyList<FakeMattermostPost> Posts => state.Posts();

    public IReadOnlyList<FakeMattermostEphemeral> Ephemerals => state.Ephemerals();

    /// <summary>The id <c>channels/direct</c> answers for a pair of users, in either order.</summary>
    public static string DirectChannelId(string userA, string userB) => FakeMattermostState.DirectChannelId(userA, userB);

    /// <summary>Starts a fake on a free loopback port; <paramref name="timeProvider"/> stamps the calls.</summary>
    public static Task<FakeMattermostServer> StartNewAsync(TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        new FakeMattermostServer(timeProvider).StartAsync(cancellationToken);

    public async Task<FakeMattermostServer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (server is not null) throw new InvalidOperationException("The fake Mattermost server is already started.");
        server = await LoopbackServer.StartAsync(HandleAsync, cancellationToken);
        BaseUrl = server.BaseUrl;
        return this;
    }

    public FakeMattermostUser AddUser(string id, string username, string? email = null)
    {
        var user = new FakeMattermostUser(id, username, email);
        state.AddUser(user);
        return user;
    }

    /// <summary>A team channel the bot may post in (besides the direct channels it opens).</summary>
    public void AddChannel(string id) => state.AddChannel(id);

    public FakeMattermostPost? Post(string id) => Posts.FirstOrDefault(p => p.Id == id);

    public IReadOnlyList<FakeMattermostPost> PostsIn(string channelId) => [.. Posts.Where(p => p.ChannelId == channelId)];

    /// <summary>The team's custom commands as the commands API stores them (with <c>token</c>).</summary>
    public IReadOnlyList<JsonObject> Commands(string teamId) => state.Commands(teamId);

    /// <summary>A fresh <c>&lt;base&gt;/hooks/commands/&lt;id&gt;</c>, good for five posts.</summary>
    public Uri NewResponseUrl()
    {
        lock (responseUrls)
        {
            var id = "hook" + (responseUrls.Count + 1).ToString("D22", CultureInfo.InvariantCulture);
            responseUrls[id] = [];
            return new Uri(BaseUrl, "hooks/commands/" + id);
        }
    }

    /// <summary>What was posted to <paramref name="responseUrl"/> (a plain-text post as <c>{"text": …}</c>).</summary>
    public IReadOnlyList<JsonNode> ResponsesTo(Uri responseUrl)
    {
        lock (responseUrls)
        {
            return responseUrls.TryGetValue(HookId(responseUrl.AbsolutePath) ?? "", out var posts) ? [.. posts] : [];
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="operation"/> answer <paramref name="status"/>. A 429
    /// is Mattermost's (<c>limit exceeded</c>, <c>X-Ratelimit-*</c>) with <c>Retry-After: retryAfterSeconds</c> when
    /// given and <c>X-Ratelimit-Reset: resetSeconds</c> (default: the same); other statuses answer the error JSON.
    /// </summary>
    public void FailNext(string operation, int count = 1, int status = 429, int? retryAfterSeconds = 1, int? resetSeconds = null) =>
        faults.Enqueue(
            operation,
            status == 429
                ? new FakeMattermostReply(429, null, "limit exceeded", retryAfterSeconds, resetSeconds ?? retryAfterSeconds ?? 1)
                : FakeMattermostReply.Error(status, $"fake.http_{status}", "Injected failure."),
            count);

    /// <summary>The next call of <paramref name="operation"/> answers Mattermost's error JSON.</summary>
    public void ErrorNext(string operation, int status, string id, string message) =>
        faults.Enqueue(operation, FakeMattermostReply.Error(status, id, message));

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/> with an HTML page (a proxy's, not JSON).</summary>
    public void ServerErrorNext(string operation, int count = 1, int status = 500) =>
        faults.Enqueue(operation, new FakeMattermostReply(status, null, "<html><body>Internal Server Error</body></html>"), count);

    /// <summary>The next call of <paramref name="operation"/> (after the token check) answers exactly <paramref name="body"/>.</summary>
    public void ReplyNext(string operation, int status, JsonNode body) => faults.Enqueue("reply:" + operation, new FakeMattermostReply(status, body));

    public IReadOnlyList<FakeMattermostCall> Calls(string operation) => [.. log.Snapshot().Where(c => c.Operation == operation)];

    /// <summary>Completes with the first recorded call (earlier or later) that matches; a timeout lists every call.</summary>
    public Task<FakeMattermostCall> WaitForAsync(Func<FakeMattermostCall, bool> predicate, TimeSpan timeout) => log.WaitForAsync(predicate, timeout);

    public async ValueTask DisposeAsync()
    {
        if (server is null) return;
        await server.DisposeAsync();
        server = null;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        using var reader = new StreamReader(request.Body);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        var (json, readable) = Parse(raw);
        var (operation, id) = Route(request.Method, path);
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);

        FakeMattermostReply reply;
        if (operation == MattermostOperations.Respond)
        {
            reply = faults.Take(operation) ?? Respond(id!, raw, json, readable);
        }
        else if (operation is null)
        {
            operation = path;
            reply = FakeMattermostReply.NotFound();
        }
        else
        {
            reply = faults.Take(operation) ?? Authorize(request)
                ?? (readable ? null : FakeMattermostReply.InvalidBody())
                ?? faults.Take("reply:" + operation) ?? state.Handle(operation, id, query, json);
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var body = Stamp(reply.Body);
        log.Add(new FakeMattermostCall(operation, request.Method, path, rawTarget, headers, json, raw, reply.Status, body, clock.GetUtcNow()));
        await WriteAsync(context.Response, reply, body);
    }

    private FakeMattermostReply? Authorize(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header == "Bearer " + BotToken
            ? null
            : FakeMattermostReply.Error(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");
    }

    private FakeMattermostReply Respond(string id, string raw, JsonNode? json, bool readable)
    {
        lock (responseUrls)
        {
            if (!responseUrls.TryGetValue(id, out var posts))
            {
                return FakeMattermostReply.Error(404, "app.command_webhook.get.missing.app_error", "Unable to get the webhook.");
            }

            if (posts.Count >= MaxResponsesPerUrl)
            {
                return FakeMattermostReply.Error(400, "app.command_webhook.try_use.invalid.app_error", "Invalid webhook.");
            }

            if (raw.Length == 0) return FakeMattermostReply.InvalidBody();
            posts.Add(readable && json is JsonObject ? json.DeepClone() : new JsonObject { ["text"] = raw });
            return new FakeMattermostReply(200, null, "");
        }
    }

    private JsonNode? Stamp(JsonNode? body)
    {
        var copy = body?.DeepClone();
        if (copy is JsonObject error && error["request_id"] is JsonValue id && id.GetValue<string>().Length == 0)
        {
            error["request_id"] = "fakereq" + Interlocked.Increment(ref lastRequestId).ToString("D19", CultureInfo.InvariantCulture);
        }

        return copy;
    }

    private static (JsonNode? Json, bool Readable) Parse(string raw)
    {
        if (raw.Length == 0) return (null, true);
        try
        {
            return (JsonNode.Parse(raw), true);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    private static async Task WriteAsync(HttpResponse response, FakeMattermostReply reply, JsonNode? body)
    {
        response.StatusCode = reply.Status;
        if (reply.Status == 429)
        {
            response.Headers["X-Ratelimit-Limit"] = "10";
            response.Headers["X-Ratelimit-Remaining"] = "0";
            if (reply.ResetSeconds is { } reset) response.Headers["X-Ratelimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
            if (reply.RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(body.ToJsonString());
        }
        else
        {
            response.ContentType = reply.RawBody is ['<', ..] ? "text/html" : "text/plain";
            await response.WriteAsync(reply.RawBody ?? "");
        }
    }
}
