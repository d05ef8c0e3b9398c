namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>An OpenMetadata EntityReference: <c>type</c> is e.g. <c>user</c>, <c>team</c> or <c>table</c>.</summary>
public sealed record OmEntityReference(
    Guid Id,
    string Type,
    string? Name = null,
    string? FullyQualifiedName = null,
    string? DisplayName = null,
    bool Deleted = false);
