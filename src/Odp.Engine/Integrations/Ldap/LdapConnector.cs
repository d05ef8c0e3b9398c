using System.DirectoryServices.Protocols;
using System.Net;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Opens connections bound with LDAP v3 simple binds (the only kind that works the same on Linux and Windows).</summary>
internal sealed class LdapConnector(LdapEndpoint endpoint, TimeSpan timeout)
{
    private int binds;

    /// <summary>How many connections this connector has bound (service and user alike).</summary>
    public int Binds => Volatile.Read(ref binds);

    /// <summary>
    /// A connection bound as <paramref name="dn"/>. Throws <see cref="LdapException"/> (49 for wrong credentials, 81 when
    /// the server can't be reached). Refuses an empty password: the server would treat it as an anonymous bind.
    /// </summary>
    public LdapConnection Open(string dn, string password)
    {
        if (string.IsNullOrEmpty(password)) throw new ArgumentException("An LDAP simple bind needs a password.", nameof(password));

        var connection = new LdapConnection(
            new LdapDirectoryIdentifier(endpoint.Host, endpoint.Port), new NetworkCredential(dn, password), AuthType.Basic)
        {
            AutoBind = false,
            Timeout = timeout,
        };
        try
        {
            connection.SessionOptions.ProtocolVersion = 3;
            connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
            if (endpoint.Secure) connection.SessionOptions.SecureSocketLayer = true;
            connection.Bind();
            Interlocked.Increment(ref binds);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
