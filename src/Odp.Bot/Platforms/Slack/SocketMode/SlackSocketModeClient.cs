using System.Net.WebSockets;
using System.Text.Json;
using Odp.Bot.Platforms.Http;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// Slack Socket Mode, for sites with no inbound internet: asks <c>apps.connections.open</c> for a fresh URL, keeps one
/// WebSocket to Slack and acks every envelope (see <see cref="SlackSocketModeEnvelopes"/>). When Slack asks to
/// disconnect, the next connection is opened before the old one is closed; when the socket breaks, it reconnects
/// after <see cref="SlackSocketModeBackoff"/>. Bad frames are logged and skipped; stopping closes the socket. At most
/// <see cref="MaxInFlight"/> envelopes are handled at once: past that the socket is not read until one is acked, so a
/// burst waits in Slack's queue (Slack redelivers what stays unacked), not in this process.
/// </summary>
public sealed class SlackSocketModeClient(ISlackApi api, SlackInbound inbound, TimeProvider time, ILogger<SlackSocketModeClient> logger)
    : BackgroundService
{
    public static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How many envelopes may be in hand at once (being run or acked).</summary>
    public const int MaxInFlight = 64;

    private readonly SemaphoreSlim inFlight = new(MaxInFlight, MaxInFlight);

    private readonly SlackSocketModeBackoff backoff = new(time, Random.Shared.NextDouble);
    private readonly SlackSocketModeEnvelopes envelopes = new(inbound, time, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SlackSocketConnection? retiring = null; // the one Slack asked us to leave, open until its successor is
        while (!stoppingToken.IsCancellationRequested)
        {
            SlackSocketConnection? current = null;
            var refresh = false;
            try
            {
                var url = await api.OpenSocketConnectionAsync(stoppingToken);
                var socket = new ClientWebSocket();
                current = new SlackSocketConnection(socket);
                await ConnectAsync(socket, url, stoppingToken);
                if (retiring is not null) await RetireAsync(retiring);
                retiring = null;
                refresh = await ReadAsync(current, stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Slack Socket Mode connection failed; reconnecting");
            }
            finally
            {
                if (retiring is not null) await RetireAsync(retiring);
                retiring = refresh ? current : null;
                if (!refresh && current is not null) await RetireAsync(current);
            }
            if (!refresh && !await WaitAsync(stoppingToken)) break;
        }
        if (retiring is not null) await RetireAsync(retiring);
    }

    /// <summary>
    /// Opens the WebSocket within <see cref="ConnectTimeout"/>. A stop during the handshake does not cut it (that
    /// would leave Slack without a close frame): it gets <see cref="CloseGrace"/> to finish, and the read loop then
    /// closes the socket politely.
    /// </summary>
    private async Task ConnectAsync(ClientWebSocket socket, Uri url, CancellationToken stoppingToken)
    {
        using var connecting = new CancellationTokenSource(ConnectTimeout, time);
        using var onStop = stoppingToken.Register(() => connecting.CancelAfter(CloseGrace));
        await socket.ConnectAsync(url, connecting.Token);
    }

    /// <summary>Reads until the socket closes (false) or Slack asks for a new connection (true).</summary>
    private async Task<bool> ReadAsync(SlackSocketConnection connection, CancellationToken stoppingToken)
    {
        using var closeOnStop = stoppingToken.Register(() => _ = StopAsync(connection));
        while (true)
        {
            var text = await connection.ReceiveAsync(CancellationToken.None); // stopping closes, then aborts, the socket
            if (text is null)
            {
                stoppingToken.ThrowIfCancellationRequested();
                logger.LogWarning("Slack closed the Socket Mode connection");
                return false;
            }
            switch (Parse(text))
            {
                case { } frame when PlatformJson.Text(frame, "envelope_id") is { } id:
                    await inFlight.WaitAsync(stoppingToken);
                    _ = AckAsync(connection, id, frame, stoppingToken);
                    break;
                case { } frame when PlatformJson.Text(frame, "type") == "hello":
                    backoff.Reset();
                    logger.LogInformation("Slack Socket Mode connected (app {AppId}, {Connections} connection(s))",
                        frame.TryGetProperty("connection_info", out var info) ? PlatformJson.Text(info, "app_id") : null,
                        frame.TryGetProperty("num_connections", out var n) ? n.ToString() : "?");
                    break;
                case { } frame when PlatformJson.Text(frame, "type") == "disconnect":
                    logger.LogInformation("Slack asked to reconnect ({Reason})", PlatformJson.Text(frame, "reason"));
                    return true;
                case { } frame:
                    logger.LogDebug("Ignored a Socket Mode frame of type {Type}", PlatformJson.Text(frame, "type"));
                    break;
                default:
                    logger.LogWarning("Skipped a Socket Mode frame that is not a JSON object ({Length} chars)", text.Length);
                    break;
            }
        }
    }

    private async Task AckAsync(SlackSocketConnection connection, string envelopeId, JsonElement envelope, CancellationToken stoppingToken)
    {
        try
        {
            var ack = await envelopes.AckAsync(envelopeId, envelope, stoppingToken);
            await connection.SendAsync(ack, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not ack Slack envelope {EnvelopeId}; Slack will redeliver it", envelopeId);
        }
        catch (Exception)
        {
            // stopping: the socket is closing and Slack redelivers what went unacked
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await backoff.WaitAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RetireAsync(SlackSocketConnection connection)
    {
        await CloseAsync(connection, "reconnected");
        await connection.DisposeAsync();
    }

    private async Task CloseAsync(SlackSocketConnection connection, string reason)
    {
        using var grace = new CancellationTokenSource(CloseGrace, time);
        await connection.CloseAsync(reason, grace.Token);
    }

    /// <summary>On shutdown: a close frame, then (if Slack hasn't closed by then) an abort that ends the read.</summary>
    private async Task StopAsync(SlackSocketConnection connection)
    {
        await CloseAsync(connection, "shutting down");
        await Task.Delay(CloseGrace, time, CancellationToken.None);
        connection.Abort();
    }

    private static JsonElement? Parse(string text)
    {
        if (text.Length == 0) return null;
        using var document = PlatformJson.Parse(text);
        return document?.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }
}
