namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// A finished (or capped) query: its columns, the rows read, and whether the row cap stopped it early (the query was
/// then cancelled on the coordinator).
/// </summary>
public sealed record TrinoQueryResult(IReadOnlyList<TrinoColumn> Columns, IReadOnlyList<TrinoRow> Rows, bool Truncated);
