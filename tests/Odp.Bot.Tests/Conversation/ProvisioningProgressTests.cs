using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>The requester's progress card, updated in place, shows how long each finished step took on the bot's clock.</summary>
public sealed class ProvisioningProgressTests
{
    [Fact]
    public async Task ProvisionAsync_WorkspaceBackendTakes75Seconds_CardShowsEachFinishedStepsDuration()
    {
        ChatHarness chat = null!;
        var backend = new FailingProvisioner { During = () => chat.Time.Advance(TimeSpan.FromSeconds(75)) };
        await using var _ = chat = ChatHarness.Start(backend.Register);
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await chat.Say("bob", "/odp approve ODP-1");

        await chat.ProvisionAsync();

        var progress = Assert.Single(chat.Channel.To("alice"), m => m.Text.Contains("Provisioning analysts"));
        var card = chat.Channel.Current(progress);
        Assert.Contains("✓ trino-grant (0.0s)", card);
        Assert.Contains("✓ workspace (1m 15s)", card);
        Assert.DoesNotContain("so far", card);
    }
}
