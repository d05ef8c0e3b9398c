namespace Odp.Engine.Catalog.Index;

/// <summary>One dataset to write: its name key, and whether the index has never held that key (added without a delete).</summary>
internal readonly record struct IndexedWrite(Dataset Dataset, string Key, bool Added);
