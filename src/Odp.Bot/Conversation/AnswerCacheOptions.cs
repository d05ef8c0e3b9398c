namespace Odp.Bot.Conversation;

/// <summary>
/// The rendered answers platforms keep for reusable commands (see <see cref="Reply.Reusable"/>): at most
/// <see cref="Size"/> (0 turns the cache off) holding at most <see cref="MaxBytes"/>, each for at most
/// <see cref="Ttl"/>, and never past a catalog change.
/// </summary>
public sealed class AnswerCacheOptions
{
    public const string Section = "Odp:Conversation:AnswerCache";

    public int Size { get; set; } = 512;

    /// <summary>The bytes all kept entries may hold, texts and answers together (16 MiB; a search ack is a few KB).</summary>
    public long MaxBytes { get; set; } = 16L << 20;

    /// <summary>A duration like 1m; bounds how long a directory change (an owner's display name) can take to show.</summary>
    public string Ttl { get; set; } = "1m";
}
