using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Odp.Bot.Cards;

/// <summary>
/// Writes JSON for cards with one reused buffer and writer per thread (a nested use gets fresh ones), then turns the
/// UTF-8 bytes into what the caller keeps: an array, a string, a length. <paramref name="relaxed"/> JSON has no HTML
/// escapes (for chat platforms, which read JSON, not HTML); otherwise it is escaped as <see cref="System.Text.Json.Nodes.JsonNode.ToJsonString"/> does.
/// </summary>
internal static class CardJson
{
    /// <summary>The largest buffer a thread keeps for the next use (an ack is at most about 160 KB).</summary>
    private const int KeptBytes = 256 * 1024;

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static Buffers? t_buffers;

    public delegate TResult Finish<out TResult>(ReadOnlySpan<byte> json);

    public static TResult Write<TState, TResult>(bool relaxed, TState state, Action<Utf8JsonWriter, TState> write, Finish<TResult> finish)
    {
        var buffers = t_buffers is { InUse: false } kept ? kept : new Buffers();
        buffers.InUse = true;
        var writer = relaxed ? buffers.Relaxed : buffers.Default;
        try
        {
            buffers.Bytes.ResetWrittenCount();
            writer.Reset(buffers.Bytes);
            write(writer, state);
            writer.Flush();
            return finish(buffers.Bytes.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            buffers.InUse = false;
            t_buffers = buffers.Bytes.Capacity <= KeptBytes ? buffers : null;
        }
    }

    /// <summary>UTF-8 JSON as an array of exactly its length.</summary>
    public static byte[] ToArray(ReadOnlySpan<byte> json) => json.ToArray();

    private sealed class Buffers
    {
        public ArrayBufferWriter<byte> Bytes { get; } = new(4096);

        public Utf8JsonWriter Relaxed { get; } = new(Stream.Null, CardJson.Relaxed);

        public Utf8JsonWriter Default { get; } = new(Stream.Null);

        public bool InUse { get; set; }
    }
}
