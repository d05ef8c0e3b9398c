using Odp.Bot.Platforms.Slack.SocketMode;

namespace Odp.Bot.Tests.Platforms.Slack.SocketMode;

public sealed class SlackSocketModeEnvelopeIdsTests
{
    [Fact]
    public void TryAdd_SameIdTwice_IsFalseTheSecondTime()
    {
        var ids = new SlackEnvelopeIds();

        Assert.True(ids.TryAdd("e1"));
        Assert.False(ids.TryAdd("e1"));
        Assert.True(ids.TryAdd("e2"));
    }

    [Fact]
    public void TryAdd_PastCapacity_ForgetsTheOldestFirst()
    {
        var ids = new SlackEnvelopeIds(capacity: 2);
        ids.TryAdd("e1");
        ids.TryAdd("e2");

        ids.TryAdd("e3");

        Assert.False(ids.TryAdd("e3"));
        Assert.True(ids.TryAdd("e1"));
    }
}
