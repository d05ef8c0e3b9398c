namespace Odp.Bot.Platforms.Slack.Replays;

/// <summary>What <see cref="SlackReplays.Admit"/> decided about one delivery.</summary>
public enum SlackReplayVerdict
{
    /// <summary>Not seen before: run it (it is remembered now).</summary>
    First,

    /// <summary>Seen before within its window: acknowledge it, run nothing.</summary>
    Repeat,

    /// <summary>Too many deliveries are remembered to tell: run nothing and ask the person to try again.</summary>
    Full,
}
