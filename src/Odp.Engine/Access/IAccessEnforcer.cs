namespace Odp.Engine.Access;

/// <summary>
/// The enforcement seam. It is always handed the whole set of grants that must hold right now
/// and makes the enforcement point grant exactly those: never an incremental edit.
/// </summary>
public interface IAccessEnforcer
{
    Task ApplyAsync(IReadOnlyCollection<Grant> grants, CancellationToken cancellationToken);
}
