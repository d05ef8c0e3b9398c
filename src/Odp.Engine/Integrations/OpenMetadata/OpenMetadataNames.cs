using System.Collections.Concurrent;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>Trino name → OpenMetadata FQN for the tables the last sync read, so lineage can be asked by FQN.</summary>
public sealed class OpenMetadataNames
{
    private readonly ConcurrentDictionary<string, string> fqns = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string trinoName, string fullyQualifiedName) => fqns[trinoName] = fullyQualifiedName;

    public string? Find(string trinoName) => fqns.GetValueOrDefault(trinoName);
}
