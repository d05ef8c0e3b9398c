using Odp.Engine.Tests.Fakes;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// An in-process Slack on <c>http://127.0.0.1:&lt;port&gt;</c>: the Web API methods the bot uses under
/// <see cref="ApiUrl"/> (bearer-token checks, a user table, DMs, messages with Slack's documented checks) and
/// <c>response_url</c>s from <see cref="NewResponseUrl"/>. Every call is recorded; tests wait on them with
/// <see cref="WaitForAsync"/>. Faults can be queued per method. A <c>response_url</c> takes 5 posts; a sixth answers
/// HTTP 404 <c>{"ok":false,"error":"used_url"}</c>, an unknown one 404 <c>expired_url</c> (our choice of Slack's codes).
/// </summary>
public sealed class FakeSlackServer(TimeProvider? timeProvider = null) : IAsyncDisposable
{
    public const string ResponseUrlMethod = "response_url";
    private const int MaxResponsesPerUrl = 5;

    private readonly FakeSlackWorkspace workspace = new();
    private readonly FakeReplyQueue<FakeSlackReply> faults = new();
    private readonly FakeCallLog<FakeSlackCall> log = new("Slack");
    private readonly Dictionary<string, List<JsonObject>> responseUrls = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly SemaphoreSlim held = new(0);
    private LoopbackServer? server;

    public string BotToken { get; set; } = "xoxb-fake-bot-token";

    public string AppToken { get; set; } = "xapp-fake-app-token";

    /// <summary>What <c>apps.connections.open</c> hands out; the Socket Mode fake sets it.</summary>
    public string SocketModeUrl
    {
        get => workspace.SocketModeUrl;
        set => workspace.SocketModeUrl = value;
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/api/</c>, for <c>SlackOptions.ApiUrl</c>.</summary>
    public string ApiUrl => new Uri(BaseUrl, "api/").AbsoluteUri;

    public IReadOnlyList<FakeSlackCall> AllCalls => log.Snapshot();

    public IReadOnlyList<FakeSlackMessage> Messages => workspace.Messages();

    public IReadOnlyList<FakeSlackEphemeral> Ephemerals => workspace.Ephemerals();

    /// <summary>Starts a fake on a free loopback port; <paramref name="timeProvider"/> stamps the calls.</summary>
    public static Task<FakeSlackServer> StartNewAsync(TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        new FakeSlackServer(timeProvider).StartAsync(cancellationToken);

    public async Task<FakeSlackServer> StartAsync(CancellationToken cancellationToken = default)
    {
        if (server is not null) throw new InvalidOperationException("The fake Slack server is already started.");
        server = await LoopbackServer.StartAsync(HandleAsync, cancellationToken);
        BaseUrl = server.BaseUrl;
        return this;
    }

    public FakeSlackUser AddUser(string id, string name, string? email = null, string? realName = null)
    {
        var user = new FakeSlackUser(id, name, email, realName ?? name);
        workspace.AddUser(user);
        return user;
    }

    /// <summary>A channel <c>chat.postMessage</c> may post to (besides the DMs <c>conversations.open</c> hands out).</summary>
    public void AddChannel(string id) => workspace.AddChannel(id);

    public Uri NewResponseUrl()
    {
        lock (responseUrls)
        {
            var id = (responseUrls.Count + 1).ToString(CultureInfo.InvariantCulture);
            responseUrls[id] = [];
            return new Uri(BaseUrl, "response/T0FAKE0001/" + id);
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer <paramref name="status"/> (429 with Retry-After).</summary>
    public void FailNext(string method, int count = 1, int status = 429, int retryAfterSeconds = 1) =>
        faults.Enqueue(method, new FakeSlackReply(status, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, status == 429 ? retryAfterSeconds : null), count);

    /// <summary>The next call of <paramref name="method"/> answers HTTP 200 <c>ok:false</c> with <paramref name="error"/> (and any <paramref name="extra"/> fields).</summary>
    public void ErrorNext(string method, string error, JsonObject? extra = null)
    {
        var reply = FakeSlackReply.Error(error);
        foreach (var (key, value) in extra ?? []) reply.Body![key] = value?.DeepClone();
        faults.Enqueue(method, reply);
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer HTTP 500 with an HTML page.</summary>
    public void ServerErrorNext(string method, int count = 1) =>
        faults.Enqueue(method, new FakeSlackReply(500, null, RawBody: "<html><body>Internal Server Error</body></html>"), count);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> never answer: the fake holds them until the caller gives up.</summary>
    public void HangNext(string method, int count = 1) => faults.Enqueue(method, new FakeSlackReply(0, null, Hang: true), count);

    /// <summary>Completes once a call queued with <see cref="HangNext"/> has arrived and is being held.</summary>
    public async Task WaitForHeldCallAsync(TimeSpan timeout)
    {
        if (!await held.WaitAsync(timeout)) throw new TimeoutException("No call arrived to be held.");
    }

    /// <summary>The next call of <paramref name="method"/> (after the token check) answers exactly <paramref name="body"/>.</summary>
    public void ReplyNext(string method, JsonObject body) => faults.Enqueue("reply:" + method, new FakeSlackReply(200, body));

    public IReadOnlyList<FakeSlackCall> Calls(string method) => [.. log.Snapshot().Where(c => c.Method == method)];

    public IReadOnlyList<FakeSlackMessage> MessagesIn(string channel) => [.. Messages.Where(m => m.Channel == channel)];

    public IReadOnlyList<JsonObject> ResponsesTo(Uri responseUrl)
    {
        lock (responseUrls)
        {
            return responseUrls.TryGetValue(ResponseId(responseUrl.AbsolutePath) ?? "", out var posts) ? [.. posts] : [];
        }
    }

    /// <summary>Completes with the first recorded call (earlier or later) that matches; a timeout lists every call.</summary>
    public Task<FakeSlackCall> WaitForAsync(Func<FakeSlackCall, bool> predicate, TimeSpan timeout) => log.WaitForAsync(predicate, timeout);

    public async ValueTask DisposeAsync()
    {
        if (server is null) return;
        await server.DisposeAsync();
        server = null;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var body = await FakeSlackRequestBody.ReadAsync(context.Request, context.RequestAborted);
        string method;
        FakeSlackReply reply;
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            method = path["/api/".Length..];
            reply = faults.Take(method) ?? (body is null ? FakeSlackReply.Error("invalid_json") : Authorize(context, method, body))
                ?? faults.Take("reply:" + method) ?? workspace.Handle(method, body!);
        }
        else if (ResponseId(path) is { } id)
        {
            method = ResponseUrlMethod;
            reply = faults.Take(method) ?? Respond(id, body);
        }
        else
        {
            method = path;
            reply = new FakeSlackReply(404, null, RawBody: "Not Found");
        }

        if (reply.Hang)
        {
            await HoldAsync(context.RequestAborted);
            return;
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        log.Add(new FakeSlackCall(method, context.Request.Method, path, headers, body ?? [], reply.Status, reply.Body, clock.GetUtcNow()));
        await WriteAsync(context.Response, reply);
    }

    private async Task HoldAsync(CancellationToken aborted)
    {
        held.Release();
        try
        {
            await Task.Delay(Timeout.Infinite, aborted);
        }
        catch (OperationCanceledException)
        {
            // the caller gave up, as a client facing a hung Slack must
        }
    }

    private FakeSlackReply? Authorize(HttpContext context, string method, JsonObject body)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim()
            : method != "apps.connections.open" && body["token"] is JsonValue field ? field.ToString()
            : "";
        var expected = method == "apps.connections.open" ? AppToken : BotToken;
        var other = method == "apps.connections.open" ? BotToken : AppToken;
        return token.Length == 0 ? FakeSlackReply.Error("not_authed")
            : token == expected ? null
            : token == other ? FakeSlackReply.Error("not_allowed_token_type")
            : FakeSlackReply.Error("invalid_auth");
    }

    private FakeSlackReply Respond(string id, JsonObject? body)
    {
        lock (responseUrls)
        {
            if (!responseUrls.TryGetValue(id, out var posts)) return FakeSlackReply.Error("expired_url", 404);
            if (posts.Count >= MaxResponsesPerUrl) return FakeSlackReply.Error("used_url", 404);
            if (body is null) return FakeSlackReply.Error("invalid_payload", 400);
            posts.Add((JsonObject)body.DeepClone());
            return new FakeSlackReply(200, new JsonObject { ["ok"] = true });
        }
    }

    private static string? ResponseId(string path) =>
        path.StartsWith("/response/T0FAKE0001/", StringComparison.Ordinal) ? path["/response/T0FAKE0001/".Length..] : null;

    private static async Task WriteAsync(HttpResponse response, FakeSlackReply reply)
    {
        response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (reply.Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(reply.Body.ToJsonString());
        }
        else
        {
            response.ContentType = "text/html";
            await response.WriteAsync(reply.RawBody ?? "");
        }
    }
}
