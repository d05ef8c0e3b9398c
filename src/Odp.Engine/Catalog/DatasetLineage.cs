namespace Odp.Engine.Catalog;

/// <summary>The names upstream and downstream of a dataset (Trino names for tables, <c>type name</c> for anything else).</summary>
public sealed record DatasetLineage(IReadOnlyList<string> Upstream, IReadOnlyList<string> Downstream);
