using Microsoft.Extensions.Hosting;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Binds the service account when the host starts, so wrong LDAP settings stop it with a message naming the setting.</summary>
public sealed class LdapStartupCheck(LdapDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => directory.VerifyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
