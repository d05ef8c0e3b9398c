namespace Odp.Bot.Conversation;

/// <summary>Short ids that tie "something went wrong (ref …)" to the log line with the details.</summary>
public static class ErrorReference
{
    public static string New() => Convert.ToHexString(Guid.NewGuid().ToByteArray().AsSpan(0, 4)).ToLowerInvariant();
}
