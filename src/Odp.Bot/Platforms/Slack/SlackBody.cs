namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The raw body of a signed Slack request, read once by <see cref="SlackSignatureFilter"/> and handed to the
/// endpoint as a request feature (the signature covers these exact bytes), with its timestamp and signature, which
/// make the <see cref="Delivery"/> that tells a replay of it from a new request.
/// </summary>
public sealed class SlackBody(ArraySegment<byte> bytes, long timestampSeconds, string signature)
{
    public ReadOnlySpan<byte> Span => bytes.AsSpan();

    public ReadOnlyMemory<byte> Memory => bytes.AsMemory();

    /// <summary>Computed when asked (only commands that act need it), not for every search.</summary>
    public SlackDelivery Delivery => SlackDelivery.Signed(timestampSeconds, signature);

    public static SlackBody Of(HttpContext context) =>
        context.Features.Get<SlackBody>() ?? throw new InvalidOperationException("The Slack endpoints run behind SlackSignatureFilter.");
}
