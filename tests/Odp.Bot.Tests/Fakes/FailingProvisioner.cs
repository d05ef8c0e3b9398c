using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// A workspace backend that is down while <see cref="Error"/> is set (each call fails with that text, as the
/// backend's own message) and otherwise writes the folder as the default provisioner does. <see cref="Calls"/> counts
/// calls; <see cref="During"/> runs inside each (e.g. moving the test's clock, as a slow backend takes time).
/// </summary>
public sealed class FailingProvisioner : IWorkspaceProvisioner
{
    private IWorkspaceProvisioner? healthy;

    public string? Error { get; set; }

    public Action? During { get; set; }

    public int Calls { get; private set; }

    /// <summary>Registers this instance as the engine's provisioner, in front of the folder provisioner.</summary>
    public void Register(IServiceCollection services) => services.AddSingleton<IWorkspaceProvisioner>(sp =>
    {
        healthy = ActivatorUtilities.CreateInstance<DirectoryWorkspaceProvisioner>(sp);
        return this;
    });

    public Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        Calls++;
        During?.Invoke();
        if (Error is { } error) throw new InvalidOperationException(error);
        return (healthy ?? throw new InvalidOperationException("Register the provisioner first.")).ProvisionAsync(spec, cancellationToken);
    }
}
