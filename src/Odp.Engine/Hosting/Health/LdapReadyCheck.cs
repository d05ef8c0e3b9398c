using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Ldap;

namespace Odp.Engine.Hosting.Health;

/// <summary>Ready while the LDAP service account can read the base DN (<see cref="LdapDirectory.PingAsync"/>).</summary>
public sealed class LdapReadyCheck(LdapDirectory directory, IOptions<LdapOptions> options) : IHealthCheck
{
    public const string Name = "ldap";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var url = options.Value.Url;
        try
        {
            // The LDAP call itself can't be cancelled mid-way; the check stops waiting for it.
            await directory.PingAsync(cancellationToken).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy(url);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{url} does not answer: {e.Message}");
        }
    }
}
