namespace Odp.Engine.Integrations.Ldap;

/// <summary>The named defaults <c>Odp:Ldap:Preset</c> picks, and how options override them.</summary>
public static class LdapPreset
{
    public const string OpenLdap = "openldap";
    public const string ActiveDirectory = "activedirectory";

    public static bool IsKnown(string? preset) => Base(preset) is not null;

    /// <summary>The schema in force for <paramref name="options"/>; an unknown preset counts as OpenLDAP (validation refuses it first).</summary>
    public static LdapSchema Resolve(LdapOptions options)
    {
        var b = Base(options.Preset) ?? LdapSchema.OpenLdap;
        var a = options.Attributes;
        return new LdapSchema(
            Pick(options.UserFilter, b.UserFilter),
            Pick(options.GroupFilter, b.GroupFilter),
            Pick(a.UserId, b.UserId),
            Pick(a.Email, b.Email),
            Pick(a.Name, b.Name),
            Pick(a.GroupId, b.GroupId),
            Pick(a.GroupName, b.GroupName),
            Pick(a.Member, b.Member),
            Pick(a.MemberUid, b.MemberUid),
            Pick(a.MemberOf, b.MemberOf),
            Pick(options.DisabledFilter, b.DisabledFilter));
    }

    private static LdapSchema? Base(string? preset) => (preset?.Trim().ToLowerInvariant() ?? "") switch
    {
        "" or OpenLdap => LdapSchema.OpenLdap,
        ActiveDirectory or "ad" => LdapSchema.ActiveDirectory,
        _ => null,
    };

    private static string Pick(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}
