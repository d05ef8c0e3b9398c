using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: whole text messages in (fragments joined, binary skipped, oversized ones dropped),
/// JSON out with one writer at a time (a WebSocket allows a single outstanding send).
/// </summary>
public sealed class SlackSocketConnection(WebSocket socket) : IAsyncDisposable
{
    public const int MaxMessageBytes = 1 << 20;

    private readonly SemaphoreSlim sending = new(1, 1);

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>
    /// The next whole text message; <see cref="string.Empty"/> for a skipped one (binary or too big); null when the
    /// peer closed the socket.
    /// </summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            var skip = false;
            while (true)
            {
                var part = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (part.MessageType == WebSocketMessageType.Close) return null;
                skip |= part.MessageType != WebSocketMessageType.Text || message.Length + part.Count > MaxMessageBytes;
                if (!skip) message.Write(buffer, 0, part.Count);
                if (part.EndOfMessage) return skip ? "" : Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends a close frame (best effort, bounded by <paramref name="cancellationToken"/>); never throws.</summary>
    public async Task CloseAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    /// <summary>Ends the connection at once; a pending receive fails.</summary>
    public void Abort() => socket.Abort();

    public ValueTask DisposeAsync()
    {
        socket.Dispose(); // the semaphore holds no wait handle; an ack still queued on it fails on the disposed socket
        return ValueTask.CompletedTask;
    }
}
