namespace Odp.Engine.Storage;

/// <summary>Whether the store answers now (LiteDB reads, PostgreSQL runs <c>SELECT 1</c>); the readiness probe asks it.</summary>
public interface IStoreProbe
{
    /// <summary>Which store, for people and without secrets: <c>LiteDB</c>, or PostgreSQL's host, port and database.</summary>
    string Name { get; }

    /// <summary>Throws when the store does not answer.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
