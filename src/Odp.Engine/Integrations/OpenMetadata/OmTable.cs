namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>The fields of an OpenMetadata table entity that the catalog uses.</summary>
public sealed record OmTable(
    Guid Id,
    string Name,
    string FullyQualifiedName,
    string? Description = null,
    IReadOnlyList<OmColumn>? Columns = null,
    IReadOnlyList<OmTagLabel>? Tags = null,
    IReadOnlyList<OmEntityReference>? Owners = null,
    OmEntityReference? Domain = null,
    IReadOnlyList<OmEntityReference>? Domains = null,
    bool Deleted = false)
{
    /// <summary>Why the catalog can't use this table (a field it needs is missing), or null when it can.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(FullyQualifiedName)) return "it has no fullyQualifiedName";
        return Missing(Columns, "column", c => c.Name, "name")
            ?? Missing(Tags, "tag", t => t.TagFQN, "tagFQN")
            ?? Missing(Owners, "owner", _ => "", null)
            ?? Missing(Domains, "domain", _ => "", null);
    }

    /// <summary>The first item that is null or, when <paramref name="fieldName"/> is given, lacks that field.</summary>
    private static string? Missing<T>(IReadOnlyList<T?>? items, string what, Func<T, string?> field, string? fieldName) where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is not { } item) return $"{what} #{i + 1} is null";
            if (fieldName is not null && string.IsNullOrWhiteSpace(field(item))) return $"{what} #{i + 1} has no {fieldName}";
        }
        return null;
    }
}
