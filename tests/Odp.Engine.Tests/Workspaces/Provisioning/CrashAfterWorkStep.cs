using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// Runs a real step; when it is <paramref name="crashAfter"/>, the process then dies before the worker records the
/// step as done: the backend did the work, the ticket still says running.
/// </summary>
internal sealed class CrashAfterWorkStep(IProvisioningStep inner, string crashAfter, CrashingNotifier power) : IProvisioningStep
{
    public string Name => inner.Name;

    public async Task RunAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        await inner.RunAsync(ticket, cancellationToken);
        if (inner.Name != crashAfter) return;
        power.Crash();
        throw new OperationCanceledException(power.Power);
    }

    /// <summary>Wraps every registered step, keeping their order.</summary>
    public static void Wrap(IServiceCollection services, string crashAfter, CrashingNotifier power)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IProvisioningStep)).ToList())
        {
            var type = descriptor.ImplementationType
                ?? throw new InvalidOperationException($"Step registration {descriptor} has no implementation type to wrap.");
            services.TryAddSingleton(type);
            services[services.IndexOf(descriptor)] = ServiceDescriptor.Singleton<IProvisioningStep>(
                sp => new CrashAfterWorkStep((IProvisioningStep)sp.GetRequiredService(type), crashAfter, power));
        }
    }
}
