using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>OpenMetadata entities for tests, shaped like a Trino service ingested into OpenMetadata.</summary>
public static class OpenMetadataSamples
{
    public static OmEntityReference User(string name, string? displayName = null) => new(Guid.NewGuid(), "user", name, name, displayName);

    public static OmEntityReference Team(string name) => new(Guid.NewGuid(), "team", name, name);

    public static OmTable Table(string fqn, string description = "", IReadOnlyList<OmEntityReference>? owners = null, params string[] tags) =>
        new(
            Guid.NewGuid(),
            fqn.Split('.')[^1],
            fqn,
            description,
            [new OmColumn("id", "BIGINT", "Row id"), new OmColumn("amount", "DECIMAL", "")],
            [.. tags.Select(t => new OmTagLabel(t, "Classification"))],
            owners ?? [],
            new OmEntityReference(Guid.NewGuid(), "domain", "Sales", "Sales", "Sales"));

    public static OmEntityReference Node(OmTable table) => new(table.Id, "table", table.Name, table.FullyQualifiedName);
}
