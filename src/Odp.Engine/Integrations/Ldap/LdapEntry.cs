using System.DirectoryServices.Protocols;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>One search result: its DN and string values by attribute name (case-insensitive).</summary>
internal sealed record LdapEntry(string Dn, IReadOnlyDictionary<string, string[]> Values)
{
    public string? First(string attribute) =>
        Values.TryGetValue(attribute, out var v) ? v.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim() : null;

    public IReadOnlyList<string> All(string attribute) => Values.TryGetValue(attribute, out var v) ? v : [];

    public static LdapEntry From(SearchResultEntry entry)
    {
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (DirectoryAttribute attribute in entry.Attributes.Values)
        {
            values[attribute.Name] = attribute.GetValues(typeof(string)).Cast<string>().ToArray();
        }

        return new LdapEntry(entry.DistinguishedName, values);
    }
}
