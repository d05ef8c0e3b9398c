using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Writes Slack JSON straight to UTF-8 bytes with one reused buffer and writer per thread. Slack reads JSON, not
/// HTML: quotes and angle brackets need no \u escapes, which keeps messages small.
/// </summary>
internal static class SlackJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON <paramref name="write"/> writes, as an array of exactly its length.</summary>
    public static byte[] Write<T1, T2>(T1 first, T2 second, Action<Utf8JsonWriter, T1, T2> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(writer, first, second);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            writer.Reset(buffer);
            if (buffer.Capacity > 1 << 20)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
