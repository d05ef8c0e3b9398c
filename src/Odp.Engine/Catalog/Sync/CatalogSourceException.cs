namespace Odp.Engine.Catalog.Sync;

/// <summary>A catalog source could not be read; the message names the source and what failed. The sync leaves the index as it was.</summary>
public sealed class CatalogSourceException(string message, Exception? inner = null) : Exception(message, inner);
