namespace Odp.Bot.Conversation.Identity;

/// <summary>What every <see cref="TtlCache{TValue}"/> shares.</summary>
public static class TtlCaches
{
    /// <summary>Entries one cache keeps unless told otherwise.</summary>
    public const int DefaultCapacity = 10_000;
}
