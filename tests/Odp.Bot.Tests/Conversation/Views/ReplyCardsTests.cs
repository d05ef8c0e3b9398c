using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Access;
using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation.Views;

/// <summary>
/// The progress card's step lines: done and failed with their durations, running with how long so far; the help card's
/// layout.
/// </summary>
public sealed class ReplyCardsTests : IAsyncLifetime
{
    private ChatHarness chat = null!;

    public Task InitializeAsync()
    {
        chat = ChatHarness.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Fact]
    public void Progress_StepsInEachState_ShowTheirDurationsOnTheInjectedClock()
    {
        var now = chat.Time.GetUtcNow();
        var ticket = Ticket(
            new ProvisioningStep("trino-grant", StepStatus.Done, now.AddMinutes(-3), now.AddMinutes(-3).AddMilliseconds(400)),
            new ProvisioningStep("workspace", StepStatus.Done, now.AddMinutes(-3), now.AddMinutes(-1).AddSeconds(-5)),
            new ProvisioningStep("pipeline", StepStatus.Running, now.AddSeconds(-65)),
            new ProvisioningStep("jupyter-server", StepStatus.Pending));

        var text = Render(ticket);

        Assert.Contains("✓ trino-grant (0.4s)", text);
        Assert.Contains("✓ workspace (1m 55s)", text);
        Assert.Contains("… pipeline (1m 05s so far)", text);
        Assert.Contains("· jupyter-server\n", text + "\n");
    }

    [Fact]
    public void Progress_StepJustStartedOrFailed_ShowsNoZeroSoFarAndTheFailedStepsDuration()
    {
        var now = chat.Time.GetUtcNow();
        var ticket = Ticket(
            new ProvisioningStep("trino-grant", StepStatus.Failed, now.AddHours(-1).AddMinutes(-3), now, "rules file is read-only"),
            new ProvisioningStep("workspace", StepStatus.Running, now));

        var text = Render(ticket);

        Assert.Contains("✗ trino-grant (1h 03m)", text);
        Assert.Contains("rules file is read-only", text);
        Assert.Contains("… workspace\n", text + "\n");
    }

    [Fact]
    public void Help_EveryCommand_DescriptionsStartRightAfterTheNamesAndUsageWrapsUnderThem()
    {
        var card = chat.Services.GetRequiredService<ReplyCards>().Help(CommandSpecs.All);

        var lines = RecordingChannel.Text(new CardReply(card)).Split('\n')[2..].Where(l => l.Length > 0).ToList();

        var column = CommandSpecs.All.Max(c => c.Name.Length) + 2;
        Assert.All(lines, l => Assert.True(l.Length <= 110, $"Too wide: {l}"));
        Assert.All(CommandSpecs.All, c => Assert.Contains(lines, l => l.StartsWith(c.Name + ":", StringComparison.Ordinal)
            && l[column..].StartsWith(c.Description, StringComparison.Ordinal)));
        Assert.Contains(new string(' ', column) + "/odp request <catalog.schema.table> --reason \"why\" [--for 30d]", lines);
        Assert.Contains(new string(' ', column) + "  [--access read|write] [--workspace TEAM] [--team TEAM]", lines);
    }

    [Theory]
    [InlineData("/odp mine", "/odp mine")]
    [InlineData("/odp search <words> [owner:X] [tag:X] [domain:X] [catalog:X] [--page N]", "/odp search <words> [owner:X] [tag:X] [domain:X] [catalog:X] [--page N]")]
    [InlineData("/odp x <a-very-long-argument-name-that-is-longer-than-the-width-on-its-own-already> [--b]", "/odp x <a-very-long-argument-name-that-is-longer-than-the-width-on-its-own-already>\n  [--b]")]
    public void WrapUsage_Usage_BreaksOnlyBeforeOptionsPastTheWidth(string usage, string expected) =>
        Assert.Equal(expected.Replace("\\n", "\n", StringComparison.Ordinal), ReplyCards.WrapUsage(usage));

    private string Render(TicketData ticket)
    {
        var alice = new DirectoryUser("alice", "Alice Analyst", "alice@example.com", ["analysts"]);
        var card = chat.Services.GetRequiredService<ReplyCards>().Progress(ticket, new PeopleNames([alice]));
        return RecordingChannel.Text(new CardReply(card));
    }

    private TicketData Ticket(params ProvisioningStep[] steps) => new(
        "ODP-1", "lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(30), "Q3 churn model", "analysts",
        TicketState.Provisioning, chat.Time.GetUtcNow().AddHours(-2), null, "bob", null, [], steps, 3);
}
