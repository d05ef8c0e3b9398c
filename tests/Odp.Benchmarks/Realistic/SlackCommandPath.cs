using Odp.Bot.Platforms.Http;
using Odp.Bot.Platforms.Slack;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// What <c>POST /slack/commands</c> runs once the signature is checked (<c>SlackEndpoints.CommandAsync</c>): the
/// form's fields decoded from the body's bytes, the command handled by <see cref="SlackInbound"/>, and the ack
/// written as the endpoint writes it. One instance per thread: it reuses one response context.
/// </summary>
public sealed class SlackCommandPath(SlackInbound inbound)
{
    private readonly DefaultHttpContext http = new();
    private readonly MemoryStream sink = new();

    public static bool IsSearchResult(ReadOnlyMemory<byte> ack) => ack.Span.IndexOf("Datasets matching"u8) >= 0;

    public static bool HasResults(ReadOnlyMemory<byte> ack) => ack.Span.IndexOf("Showing"u8) >= 0;

    private static SlackDelivery NewDelivery() => SlackDelivery.Signed(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Guid.NewGuid().ToString("N"));

    /// <summary>The ack's body, UTF-8 (empty for an empty ack); valid until the next call.</summary>
    public async Task<ReadOnlyMemory<byte>> RunAsync(byte[] body)
    {
        var form = UrlEncodedForm.Parse(body, SlackCommand.Fields);
        var command = SlackCommand.From(name => form.TryGetValue(name, out var v) ? v : null)
            ?? throw new InvalidOperationException("The benchmark's command has no user_id.");
        // Searches never act, so their delivery (what tells a replay from a new request) is never asked for.
        var ack = await inbound.CommandAsync(command, NewDelivery, CancellationToken.None);
        if (ack is null) return ReadOnlyMemory<byte>.Empty;
        sink.SetLength(0);
        http.Response.Body = sink;
        await ack.ExecuteAsync(http);
        return sink.GetBuffer().AsMemory(0, (int)sink.Length);
    }
}
