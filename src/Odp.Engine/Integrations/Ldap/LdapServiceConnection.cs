using System.DirectoryServices.Protocols;
using Microsoft.Extensions.Logging;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// The one connection bound as the service account, shared by every lookup one at a time. Opened on first use; when
/// the server drops it, it is opened again once and the operation retried.
/// </summary>
internal sealed class LdapServiceConnection(LdapConnector connector, string bindDn, string bindPassword, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private LdapConnection? connection;

    public async Task<T> RunAsync<T>(Func<LdapConnection, T> operation, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                connection ??= await Task.Run(() => connector.Open(bindDn, bindPassword), cancellationToken);
                var bound = connection;
                try
                {
                    return await Task.Run(() => operation(bound), cancellationToken);
                }
                catch (Exception e) when (attempt == 0 && IsConnectionLost(e))
                {
                    logger.LogWarning("The LDAP connection was lost ({Error}); reconnecting as {BindDn}.", e.Message, bindDn);
                    Drop();
                }
                catch (Exception e) when (IsConnectionLost(e))
                {
                    Drop();
                    throw;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        Drop();
        gate.Dispose();
    }

    private void Drop()
    {
        connection?.Dispose();
        connection = null;
    }

    // 51 busy, 52 unavailable, 81 server down, 85 timeout, 91 connect error.
    private static bool IsConnectionLost(Exception e) => e switch
    {
        LdapException l => l.ErrorCode is 51 or 52 or 81 or 85 or 91,
        DirectoryOperationException d => d.Response?.ResultCode is ResultCode.Busy or ResultCode.Unavailable,
        ObjectDisposedException => true,
        _ => false,
    };
}
