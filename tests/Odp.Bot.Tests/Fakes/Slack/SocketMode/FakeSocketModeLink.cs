using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Odp.Bot.Tests.Fakes.Slack.SocketMode;

/// <summary>One accepted Socket Mode connection on the fake's side: serialized sends, and a read loop that answers a close.</summary>
public sealed class FakeSocketModeLink(WebSocket socket, HttpContext context)
{
    private readonly SemaphoreSlim sending = new(1, 1);

    /// <summary>Sends <paramref name="text"/> split into <paramref name="fragments"/> frames.</summary>
    public async Task SendAsync(string text, int fragments = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = Math.Max(1, (bytes.Length + fragments - 1) / fragments);
        await sending.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length || offset == 0; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                var last = offset + count >= bytes.Length;
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, CancellationToken.None);
                if (last) break;
            }
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Cuts the TCP connection (no close frame); nothing happens when it is already over.</summary>
    public void Abort()
    {
        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private readonly TaskCompletionSource closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client sends a close frame (it left politely rather than just going away).</summary>
    public Task ClosedByClient => closedByClient.Task;

    /// <summary>Hands each JSON object the client sends to <paramref name="received"/> until the socket ends.</summary>
    public async Task ReadAsync(Action<JsonObject> received)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var part = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    closedByClient.TrySetResult();
                    await sending.WaitAsync();
                    try
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }
                    finally
                    {
                        sending.Release();
                    }
                    return;
                }
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                try
                {
                    if (JsonNode.Parse(text) is JsonObject frame) received(frame);
                }
                catch (JsonException)
                {
                    // the client sent something that is not JSON; the tests see it as a missing ack
                }
            }
        }
        catch (Exception) // aborted by either side: the connection is simply over
        {
        }
    }
}
