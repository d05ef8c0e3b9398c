using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Checks the LDAP settings before anything connects; each message names the setting to fix and no secret.</summary>
public sealed class LdapOptionsValidator : IValidateOptions<LdapOptions>
{
    private const string S = LdapOptions.Section;

    public ValidateOptionsResult Validate(string? name, LdapOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The server's address from <see cref="LdapOptions.Url"/>, or null when it isn't a usable LDAP URL.</summary>
    public static LdapEndpoint? Endpoint(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var secure = uri.Scheme switch { "ldap" => false, "ldaps" => true, _ => (bool?)null };
        if (secure is null || uri.AbsolutePath is not ("" or "/") || uri.Query.Length > 0) return null;
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (secure.Value ? 636 : 389) : uri.Port;
        return new LdapEndpoint(uri.Host, port, secure.Value);
    }

    private static IEnumerable<string> Failures(LdapOptions o)
    {
        if (Endpoint(o.Url) is null)
            yield return $"{S}:Url must be an LDAP URL like ldap://ldap.internal:389 or ldaps://ldap.internal:636.";
        if (string.IsNullOrWhiteSpace(o.BindDn))
            yield return $"{S}:BindDn is not set: the service account's DN, like cn=odp,ou=services,dc=example,dc=com.";
        if (string.IsNullOrEmpty(o.BindPassword))
            yield return $"{S}:BindPassword is not set: the service account's password.";
        if (string.IsNullOrWhiteSpace(o.BaseDn) || !o.BaseDn.Contains('='))
            yield return $"{S}:BaseDn must be the directory's suffix, like dc=example,dc=com.";
        if (!LdapPreset.IsKnown(o.Preset))
            yield return $"{S}:Preset must be {LdapPreset.OpenLdap} or {LdapPreset.ActiveDirectory}, not '{o.Preset}'.";
        if (o.UserFilter is { } uf && !string.IsNullOrWhiteSpace(uf) && !IsFilter(uf))
            yield return $"{S}:UserFilter must be an LDAP filter in parentheses, like (objectClass=inetOrgPerson).";
        if (o.GroupFilter is { } gf && !string.IsNullOrWhiteSpace(gf) && !IsFilter(gf))
            yield return $"{S}:GroupFilter must be an LDAP filter in parentheses, like (objectClass=groupOfNames).";
        if (o.DisabledFilter is { } df && !string.IsNullOrWhiteSpace(df) && !IsFilter(df))
            yield return $"{S}:DisabledFilter must be an LDAP filter in parentheses, like (pwdAccountLockedTime=*).";
        if (!DurationText.TryParse(o.CacheTtl, out _))
            yield return $"{S}:CacheTtl must be a duration like 30s or 5m.";
        if (!DurationText.TryParse(o.Timeout, out _))
            yield return $"{S}:Timeout must be a duration like 10s.";
        if (o.MaxNestingDepth is < 1 or > 20)
            yield return $"{S}:MaxNestingDepth must be between 1 and 20.";
        if (o.Membership is { Member: false, MemberOf: false, MemberUid: false })
            yield return $"{S}:Membership turns off every way of reading groups; leave at least one of Member, MemberOf, MemberUid on.";
    }

    // Parenthesised and balanced (escaped parentheses are \28 and \29, so any literal one counts).
    private static bool IsFilter(string filter)
    {
        var f = filter.Trim();
        if (f.Length < 3 || f[0] != '(' || f[^1] != ')') return false;
        var depth = 0;
        foreach (var c in f)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0) return false;
        }

        return depth == 0;
    }
}
