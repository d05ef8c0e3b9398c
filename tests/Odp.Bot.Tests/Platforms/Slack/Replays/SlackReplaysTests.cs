using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.Replays;

namespace Odp.Bot.Tests.Platforms.Slack.Replays;

public sealed class SlackReplaysTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);

    private static SlackDelivery Signed(int secondsAgo, string signature = "v0=aaaa") =>
        SlackDelivery.Signed(Now.ToUnixTimeSeconds() - secondsAgo, signature);

    [Fact]
    public void Admit_SameTimestampAndSignatureTwice_IsARepeat()
    {
        var replays = new SlackReplays(time);

        Assert.Equal(SlackReplayVerdict.First, replays.Admit(Signed(0)));
        Assert.Equal(SlackReplayVerdict.Repeat, replays.Admit(Signed(0)));
        Assert.Equal(SlackReplayVerdict.First, replays.Admit(Signed(0, "v0=bbbb")));
        Assert.Equal(SlackReplayVerdict.First, replays.Admit(Signed(1)));
    }

    [Fact]
    public void Admit_AfterTheSignatureWindow_HasForgottenIt()
    {
        var replays = new SlackReplays(time, capacity: 1);
        replays.Admit(Signed(0));

        time.Advance(SlackSignature.Window);
        Assert.Equal(SlackReplayVerdict.Repeat, replays.Admit(Signed(0))); // still acceptable by its signature: still a repeat
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(SlackReplayVerdict.First, replays.Admit(Signed(-400))); // the old one expired, making room
    }

    [Fact]
    public void Admit_WhenFull_RunsNothingNewUntilOldOnesExpire()
    {
        var replays = new SlackReplays(time, capacity: 3);
        for (var i = 0; i < 3; i++) replays.Admit(SlackDelivery.Envelope($"e{i}", time.GetUtcNow()));

        Assert.Equal(SlackReplayVerdict.Full, replays.Admit(SlackDelivery.Envelope("e3", time.GetUtcNow())));
        Assert.Equal(SlackReplayVerdict.Repeat, replays.Admit(SlackDelivery.Envelope("e0", time.GetUtcNow())));

        time.Advance(SlackDelivery.EnvelopeMemory);
        Assert.Equal(SlackReplayVerdict.First, replays.Admit(SlackDelivery.Envelope("e3", time.GetUtcNow())));
        Assert.Equal(SlackReplayVerdict.First, replays.Admit(SlackDelivery.Envelope("e0", time.GetUtcNow())));
    }

    [Fact]
    public void Envelope_AnyLengthOfId_IsAFixedSizeKeyForTenMinutes()
    {
        var huge = SlackDelivery.Envelope(new string('x', 1_000_000), Now);

        Assert.Equal(Now + TimeSpan.FromMinutes(10), huge.ForgetAt);
        Assert.Equal(huge, SlackDelivery.Envelope(new string('x', 1_000_000), Now));
        Assert.NotEqual(huge.Key, SlackDelivery.Envelope(new string('x', 999_999), Now).Key);
        Assert.NotEqual(SlackDelivery.Envelope("e1", Now).Key, Signed(0, "e1").Key);
    }
}
