using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Odp.Bot.Tests.Fakes.Slack.SocketMode;

/// <summary>
/// Slack's Socket Mode side on <c>ws://127.0.0.1:&lt;port&gt;/link?ticket=&lt;n&gt;</c>. It hands
/// <see cref="FakeSlackServer.SocketModeUrl"/> a fresh single-use ticket for each connection (a reused ticket is
/// refused, as Slack does), says hello on connect, and lets a test send envelopes, raw frames and disconnects to the
/// newest connection, drop it, and wait for acks and connections. Everything waits on completions, never on time.
/// </summary>
public sealed class FakeSlackSocketModeServer(FakeSlackServer slack) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<JsonObject> acks = [];
    private readonly List<(Func<IReadOnlyList<JsonObject>, JsonObject?> Match, TaskCompletionSource<JsonObject> Done)> ackWaiters = [];
    private readonly List<(int Count, TaskCompletionSource Done)> connectionWaiters = [];
    private readonly HashSet<string> usedTickets = new(StringComparer.Ordinal);
    private int connections;
    private int nextEnvelope;
    private string ticket = "1";
    private FakeSocketModeLink? newest;
    private readonly List<FakeSocketModeLink> links = [];
    private WebApplication? app;

    public const string AppId = "A0FAKE";

    public Uri BaseUrl { get; private set; } = new("ws://127.0.0.1/");

    /// <summary>How many connections were accepted (each said hello).</summary>
    public int Connections
    {
        get { lock (gate) return connections; }
    }

    /// <summary>Completes when the client closes connection #<paramref name="connection"/> (1-based) with a close frame.</summary>
    public async Task WaitForClientCloseAsync(int connection, TimeSpan timeout)
    {
        await WaitForConnectionAsync(connection, timeout);
        FakeSocketModeLink link;
        lock (gate) link = links[connection - 1];
        await link.ClosedByClient.WaitAsync(timeout);
    }

    /// <summary>Every ack the client sent, in order.</summary>
    public IReadOnlyList<JsonObject> Acks
    {
        get { lock (gate) return [.. acks]; }
    }

    public static Task<FakeSlackSocketModeServer> StartNewAsync(FakeSlackServer slack, CancellationToken cancellationToken = default) =>
        new FakeSlackSocketModeServer(slack).StartAsync(cancellationToken);

    public async Task<FakeSlackSocketModeServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.UseWebSockets();
        app.Map("/link", AcceptAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/");
        lock (gate) Issue();
        return this;
    }

    /// <summary>Sends an envelope to the newest connection; returns its <c>envelope_id</c>.</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload, bool acceptsResponsePayload = true, string? envelopeId = null, int retryAttempt = 0)
    {
        var id = envelopeId ?? $"env-{Interlocked.Increment(ref nextEnvelope).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        await SendRawAsync(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = acceptsResponsePayload,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        }.ToJsonString());
        return id;
    }

    /// <summary>Sends <paramref name="text"/> as is (whole, or in <paramref name="fragments"/> frames).</summary>
    public Task SendRawAsync(string text, int fragments = 1) => Newest().SendAsync(text, fragments);

    public Task SendDisconnectAsync(string reason = "refresh_requested") =>
        SendRawAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } }.ToJsonString());

    /// <summary>Cuts the newest connection without a close frame, like a network failure.</summary>
    public Task DropConnectionAsync()
    {
        Newest().Abort();
        return Task.CompletedTask;
    }

    /// <summary>The <paramref name="nth"/> ack (1-based) for <paramref name="envelopeId"/>, already sent or still to come.</summary>
    public Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan timeout, int nth = 1) =>
        WaitForAck(all => all.Where(a => a["envelope_id"]?.GetValue<string>() == envelopeId).ElementAtOrDefault(nth - 1), timeout, $"ack #{nth} of {envelopeId}");

    /// <summary>Completes once <paramref name="count"/> connections were accepted and greeted.</summary>
    public async Task WaitForConnectionAsync(int count, TimeSpan timeout)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (connections >= count) return;
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connectionWaiters.Add((count, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {timeout} for connection #{count}; {Connections} so far, acks: {string.Join(", ", Acks.Select(a => a.ToJsonString()))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null) return;
        FakeSocketModeLink? link;
        lock (gate) link = newest;
        link?.Abort();
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    private async Task AcceptAsync(HttpContext context)
    {
        var presented = context.Request.Query["ticket"].ToString();
        lock (gate)
        {
            if (!context.WebSockets.IsWebSocketRequest || presented != ticket || !usedTickets.Add(presented))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var link = new FakeSocketModeLink(socket, context);
        int count;
        lock (gate)
        {
            count = ++connections;
            newest = link;
            links.Add(link);
            Issue();
        }
        await link.SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = 1,
            ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
            ["connection_info"] = new JsonObject { ["app_id"] = AppId },
        }.ToJsonString());
        Connected(count);
        await link.ReadAsync(Received);
    }

    private void Received(JsonObject frame)
    {
        lock (gate)
        {
            if (frame["envelope_id"] is null) return;
            acks.Add(frame);
            foreach (var waiter in ackWaiters.ToList())
                if (waiter.Match(acks) is { } ack && waiter.Done.TrySetResult(ack)) ackWaiters.Remove(waiter);
        }
    }

    private void Connected(int count)
    {
        lock (gate)
        {
            foreach (var waiter in connectionWaiters.Where(w => w.Count <= count).ToList())
            {
                waiter.Done.TrySetResult();
                connectionWaiters.Remove(waiter);
            }
        }
    }

    private async Task<JsonObject> WaitForAck(Func<IReadOnlyList<JsonObject>, JsonObject?> match, TimeSpan timeout, string what)
    {
        TaskCompletionSource<JsonObject> done;
        lock (gate)
        {
            if (match(acks) is { } ack) return ack;
            done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            ackWaiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {timeout} for {what}; acks so far: {string.Join(", ", Acks.Select(a => a.ToJsonString()))}");
        }
    }

    private FakeSocketModeLink Newest()
    {
        lock (gate) return newest ?? throw new InvalidOperationException("No Socket Mode connection yet; WaitForConnectionAsync first.");
    }

    private void Issue()
    {
        ticket = (usedTickets.Count + 1).ToString(CultureInfo.InvariantCulture);
        slack.SocketModeUrl = new Uri(BaseUrl, "link?ticket=" + ticket).AbsoluteUri;
    }
}
