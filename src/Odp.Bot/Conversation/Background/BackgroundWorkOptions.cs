namespace Odp.Bot.Conversation.Background;

/// <summary>
/// How much work acknowledged by a platform and finished after the ack (<see cref="BackgroundWork"/>) the process
/// takes on: at most <see cref="MaxRunning"/> commands run at once and at most <see cref="MaxQueued"/> wait for a
/// turn. A command past both is answered at once that OpenDataPlane is busy, naming the limit, and is not kept.
/// </summary>
public sealed class BackgroundWorkOptions
{
    public const string Section = "Odp:Conversation:Background";

    /// <summary>The most limits a setting may name, so a typo can't make the process keep unbounded work.</summary>
    public const int MaxRunningLimit = 256;

    public const int MaxQueuedLimit = 10_000;

    /// <summary>Commands run at once (requests, decisions, previews, workspace launches: mostly waiting on backends).</summary>
    public int MaxRunning { get; set; } = 8;

    /// <summary>Commands waiting for one of the running slots; 0 refuses whatever finds every slot busy.</summary>
    public int MaxQueued { get; set; } = 100;
}
