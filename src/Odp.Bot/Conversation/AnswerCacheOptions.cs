namespace Odp.Bot.Conversation;

/// <summary>
/// The rendered answers platforms keep for reusable commands (see <see cref="Reply.Reusable"/>): at most
/// <see cref="Size"/> (0 turns the cache off), each for at most <see cref="Ttl"/>, and never past a catalog change.
/// </summary>
public sealed class AnswerCacheOptions
{
    public const string Section = "Odp:Conversation:AnswerCache";

    public int Size { get; set; } = 512;

    /// <summary>A duration like 1m; bounds how long a directory change (an owner's display name) can take to show.</summary>
    public string Ttl { get; set; } = "1m";
}
