namespace Odp.Engine.Catalog;

/// <summary>
/// A number that moves whenever what the catalog answers may have changed (a sync wrote into the index), so an answer
/// computed from an older number can be recognised as stale. A catalog that never changes stays at 0.
/// </summary>
public sealed class CatalogVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public void Changed() => Interlocked.Increment(ref current);
}
