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
    bool Deleted = false);
