using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Bot.Conversation;

/// <summary>
/// The rendered answers platforms keep for reusable commands (see <see cref="Reply.Reusable"/>): at most
/// <see cref="Size"/> (0 turns the cache off) holding at most <see cref="MaxBytes"/>, each for at most
/// <see cref="Ttl"/>, and never past a catalog change.
/// </summary>
[Setting("Rendered acks kept for searches and help, by exact text, for anyone; dropped at once when a catalog sync writes, "
    + "and after the TTL. Answers asked for again stay while one-off texts pass through.")]
public sealed class AnswerCacheOptions
{
    public const string Section = "Odp:Conversation:AnswerCache";

    [Setting("The most answers kept; `0` turns the cache off.")]
    [Range(0, int.MaxValue)]
    public int Size { get; set; } = 512;

    [Setting("The bytes all kept entries may hold, texts and answers together (16 MiB; a search ack is a few KB); one entry "
        + "holds at most 1/64 of it.")]
    [Range(0, long.MaxValue)]
    public long MaxBytes { get; set; } = 16L << 20;

    [Setting("How long an answer is kept; bounds how long a directory change (an owner's display name) can take to show.")]
    [Duration]
    public string Ttl { get; set; } = "1m";
}
