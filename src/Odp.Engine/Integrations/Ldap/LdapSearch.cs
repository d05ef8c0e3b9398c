using System.DirectoryServices.Protocols;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Synchronous searches on a bound connection, paged so large directories (AD's 1000-entry limit) read whole.</summary>
internal static class LdapSearch
{
    private const int PageSize = 500;

    /// <summary>Every entry under <paramref name="baseDn"/> matching <paramref name="filter"/>; none when the base doesn't exist.</summary>
    public static IReadOnlyList<LdapEntry> Subtree(LdapConnection connection, string baseDn, string filter, string[] attributes, TimeSpan timeout)
    {
        var results = new List<LdapEntry>();
        var paging = new PageResultRequestControl(PageSize);
        while (true)
        {
            var request = new SearchRequest(baseDn, filter, SearchScope.Subtree, attributes) { TimeLimit = timeout };
            request.Controls.Add(paging);
            if (Send(connection, request, timeout) is not { } response) return results;
            foreach (SearchResultEntry entry in response.Entries) results.Add(LdapEntry.From(entry));

            var cookie = response.Controls.OfType<PageResultResponseControl>().FirstOrDefault()?.Cookie;
            if (cookie is not { Length: > 0 }) return results;
            paging.Cookie = cookie;
        }
    }

    /// <summary>The entry at <paramref name="dn"/> when it exists and matches <paramref name="filter"/>.</summary>
    public static LdapEntry? Read(LdapConnection connection, string dn, string filter, string[] attributes, TimeSpan timeout)
    {
        var request = new SearchRequest(dn, filter, SearchScope.Base, attributes) { TimeLimit = timeout };
        return Send(connection, request, timeout) is { Entries.Count: > 0 } response ? LdapEntry.From(response.Entries[0]) : null;
    }

    private static SearchResponse? Send(LdapConnection connection, SearchRequest request, TimeSpan timeout)
    {
        try
        {
            return (SearchResponse)connection.SendRequest(request, timeout);
        }
        catch (DirectoryOperationException e) when (e.Response?.ResultCode is ResultCode.NoSuchObject or ResultCode.InvalidDNSyntax)
        {
            return null;
        }
    }
}
