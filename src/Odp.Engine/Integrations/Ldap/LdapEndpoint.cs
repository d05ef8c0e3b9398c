namespace Odp.Engine.Integrations.Ldap;

/// <summary>Where the LDAP server listens, read from <c>Odp:Ldap:Url</c>.</summary>
public sealed record LdapEndpoint(string Host, int Port, bool Secure);
