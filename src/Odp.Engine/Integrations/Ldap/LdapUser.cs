using Odp.Engine.Directory;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>A directory user with the DN a sign-in binds as.</summary>
internal sealed record LdapUser(string Dn, DirectoryUser User);
