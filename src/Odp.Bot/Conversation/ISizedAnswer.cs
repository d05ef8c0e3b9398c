namespace Odp.Bot.Conversation;

/// <summary>A rendered answer that knows how many bytes it holds, so an <see cref="AnswerCache{T}"/> can budget them.</summary>
public interface ISizedAnswer
{
    int Bytes { get; }
}
