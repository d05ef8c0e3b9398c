using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Bot.Conversation.Background;

/// <summary>
/// How much work acknowledged by a platform and finished after the ack (<see cref="BackgroundWork"/>) the process
/// takes on: at most <see cref="MaxRunning"/> commands run at once and at most <see cref="MaxQueued"/> wait for a
/// turn. A command past both is answered at once that OpenDataPlane is busy, naming the limit, and is not kept.
/// </summary>
[Setting("Commands acked by Slack or Mattermost and finished after the ack (requests, decisions, previews, launches). Past "
    + "both limits a command is answered at once \"OpenDataPlane is busy … (108). Nothing was done; please try again in a "
    + "minute.\" (a Slack button press hears it through its response URL) and is not kept. On stop, what was not finished is logged.")]
public sealed class BackgroundWorkOptions
{
    public const string Section = "Odp:Conversation:Background";

    /// <summary>The most limits a setting may name, so a typo can't make the process keep unbounded work.</summary>
    public const int MaxRunningLimit = 256;

    public const int MaxQueuedLimit = 10_000;

    [Setting("Commands run at once (mostly waiting on backends).")]
    [Range(1, MaxRunningLimit)]
    public int MaxRunning { get; set; } = 8;

    [Setting("Commands waiting for one of the running slots; 0 refuses whatever finds every slot busy.")]
    [Range(0, MaxQueuedLimit)]
    public int MaxQueued { get; set; } = 100;
}
