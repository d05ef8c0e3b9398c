using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Platforms.Slack;
using Odp.Engine.Storage.Deliveries;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>Slack's delivery keys and forget-at times, admitted by the in-process <see cref="MemoryDeliveryLog"/>.</summary>
public sealed class SlackDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);

    private static SlackDelivery Signed(int secondsAgo, string signature = "v0=aaaa") =>
        SlackDelivery.Signed(Now.ToUnixTimeSeconds() - secondsAgo, signature);

    private static Task<DeliveryVerdict> Admit(IDeliveryLog log, SlackDelivery delivery) =>
        log.AdmitAsync(delivery.Key, delivery.ForgetAt, CancellationToken.None);

    [Fact]
    public async Task Admit_SameTimestampAndSignatureTwice_IsARepeat()
    {
        var log = new MemoryDeliveryLog(time);

        Assert.Equal(DeliveryVerdict.First, await Admit(log, Signed(0)));
        Assert.Equal(DeliveryVerdict.Repeat, await Admit(log, Signed(0)));
        Assert.Equal(DeliveryVerdict.First, await Admit(log, Signed(0, "v0=bbbb")));
        Assert.Equal(DeliveryVerdict.First, await Admit(log, Signed(1)));
    }

    [Fact]
    public async Task Admit_AfterTheSignatureWindow_HasForgottenIt()
    {
        var log = new MemoryDeliveryLog(time, capacity: 1);
        await Admit(log, Signed(0));

        time.Advance(SlackSignature.Window);
        Assert.Equal(DeliveryVerdict.Repeat, await Admit(log, Signed(0))); // still acceptable by its signature: still a repeat
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryVerdict.First, await Admit(log, Signed(-400))); // the old one expired, making room
    }

    [Fact]
    public async Task Admit_WhenFull_RunsNothingNewUntilOldOnesExpire()
    {
        var log = new MemoryDeliveryLog(time, capacity: 3);
        for (var i = 0; i < 3; i++) await Admit(log, SlackDelivery.Envelope($"e{i}", time.GetUtcNow()));

        Assert.Equal(DeliveryVerdict.Full, await Admit(log, SlackDelivery.Envelope("e3", time.GetUtcNow())));
        Assert.Equal(DeliveryVerdict.Repeat, await Admit(log, SlackDelivery.Envelope("e0", time.GetUtcNow())));

        time.Advance(SlackDelivery.EnvelopeMemory);
        Assert.Equal(DeliveryVerdict.First, await Admit(log, SlackDelivery.Envelope("e3", time.GetUtcNow())));
        Assert.Equal(DeliveryVerdict.First, await Admit(log, SlackDelivery.Envelope("e0", time.GetUtcNow())));
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
