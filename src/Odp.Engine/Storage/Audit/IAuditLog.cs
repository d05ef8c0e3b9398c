namespace Odp.Engine.Storage.Audit;

/// <summary>The durable audit of repairs the engine made on its own (drift in Trino's rules or grants), newest last.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="count"/> entries, oldest of them first.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken);
}
