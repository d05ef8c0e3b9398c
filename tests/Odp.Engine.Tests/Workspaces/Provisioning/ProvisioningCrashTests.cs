using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// The process dies during provisioning — between any two steps, or inside a step after its backend did the work —
/// and a new one over the same data and the same backends finishes the ticket with everything done exactly once.
/// </summary>
public sealed class ProvisioningCrashTests
{
    private static readonly string[] DirectSteps = ["trino-grant", "workspace", "jupyter-server", "trino-verify"];
    private static readonly string[] GitOpsSteps = ["trino-grant", "workspace", "pipeline", "jupyter-server", "trino-verify"];

    /// <summary>Each mode with every number of steps done when the process dies (0 … all, the last one before activation).</summary>
    public static TheoryData<string, int> Boundaries()
    {
        var data = new TheoryData<string, int>();
        foreach (var (mode, steps) in Modes()) for (var done = 0; done <= steps.Length; done++) data.Add(mode, done);
        return data;
    }

    /// <summary>Each mode with each of its steps.</summary>
    public static TheoryData<string, string> StepsOfEachMode()
    {
        var data = new TheoryData<string, string>();
        foreach (var (mode, steps) in Modes()) foreach (var step in steps) data.Add(mode, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task ProvisionAsync_ProcessDiesBetweenSteps_NewProcessFinishesWithOneOfEverything(string mode, int done)
    {
        await using var h = await ProvisioningHarness.StartAsync(mode);
        Assert.Equal(mode == WorkspaceOptions.DirectMode ? DirectSteps : GitOpsSteps, h.Steps);
        var id = await h.ApprovedRequestAsync();
        h.Notifier.CrashWhen(n => n is ProvisioningProgressed p && p.Ticket.Steps.Count(s => s.Status == StepStatus.Done) == done);

        await h.CrashingProvisionAsync();

        var interrupted = await h.TicketAsync(id);
        Assert.Equal(TicketState.Provisioning, interrupted.State);
        Assert.Equal(done, interrupted.Steps.Count(s => s.Status == StepStatus.Done));
        Assert.Empty(h.Sent<WorkspaceReady>());

        await h.RestartAsync();
        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
    }

    [Theory]
    [MemberData(nameof(StepsOfEachMode))]
    public async Task ProvisionAsync_ProcessDiesInsideAStepAfterItsBackendWorked_NewProcessDoesNothingTwice(string mode, string step)
    {
        await using var h = await ProvisioningHarness.StartAsync(mode);
        var id = await h.ApprovedRequestAsync();
        await h.RestartAsync(s => CrashAfterWorkStep.Wrap(s, step, h.Notifier));

        await h.CrashingProvisionAsync();

        var interrupted = await h.TicketAsync(id);
        Assert.Equal(TicketState.Provisioning, interrupted.State);
        Assert.Equal(StepStatus.Running, interrupted.Steps.Single(s => s.Name == step).Status);

        await h.RestartAsync();
        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
    }

    [Theory]
    [InlineData(WorkspaceOptions.DirectMode)]
    [InlineData(WorkspaceOptions.GitOpsMode)]
    public async Task ProvisionAsync_ProcessDiesAtEveryBoundaryInTurn_EachNewProcessGoesOneStepFurther(string mode)
    {
        await using var h = await ProvisioningHarness.StartAsync(mode);
        var id = await h.ApprovedRequestAsync();

        for (var done = 1; done <= h.Steps.Count; done++)
        {
            var target = done;
            h.Notifier.CrashWhen(n => n is ProvisioningProgressed p && p.Ticket.Steps.Count(s => s.Status == StepStatus.Done) == target);
            await h.CrashingProvisionAsync();
            Assert.Equal(done, (await h.TicketAsync(id)).Steps.Count(s => s.Status == StepStatus.Done));
            await h.RestartAsync();
        }
        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
    }

    [Theory]
    [InlineData(WorkspaceOptions.DirectMode)]
    [InlineData(WorkspaceOptions.GitOpsMode)]
    public async Task ProvisionAsync_ProcessDiesRightAfterStoringActive_NewProcessStillSendsTheReadyMessageOnce(string mode)
    {
        await using var h = await ProvisioningHarness.StartAsync(mode);
        var id = await h.ApprovedRequestAsync();
        await h.RestartAsync(s => CrashAfterSaveStore.Register(s, TicketState.Active, h.Notifier));

        await h.CrashingProvisionAsync();

        Assert.Equal(TicketState.Active, (await h.TicketAsync(id)).State);
        Assert.DoesNotContain(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);
        Assert.Empty(h.Sent<WorkspaceReady>());

        await h.RestartAsync();
        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
    }

    [Fact]
    public async Task ProvisionAsync_ProcessDiesWhileTellingTheRequesterItIsActive_NewProcessStillSendsTheReadyMessageOnce()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ApprovedRequestAsync();
        h.Notifier.CrashWhen(n => n is TicketChanged { Change.To: TicketState.Active });

        await h.CrashingProvisionAsync();
        await h.RestartAsync();
        await h.ProvisionAsync();

        // Delivery is at least once: the change that went out as the power failed may be told again.
        Assert.Equal(TicketState.Active, (await h.TicketAsync(id)).State);
        Assert.Contains(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);
        Assert.Single(h.Sent<WorkspaceReady>());
    }

    private static IEnumerable<(string Mode, string[] Steps)> Modes() =>
        [(WorkspaceOptions.DirectMode, DirectSteps), (WorkspaceOptions.GitOpsMode, GitOpsSteps)];
}
