namespace Odp.Bot.Conversation;

/// <summary>What the bot says: text, or a card. A platform renders it its own way.</summary>
public abstract record Reply
{
    /// <summary>
    /// The same command text gives this same reply, whoever asks, until the catalog changes (a search, the help).
    /// Platforms may keep the rendered reply in an <see cref="AnswerCache{T}"/>. Never set on errors.
    /// </summary>
    public bool Reusable { get; init; }
}
