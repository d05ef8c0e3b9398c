namespace Odp.Engine.Integrations.Trino;

/// <summary>
/// One line of the sidecar <c>&lt;rules&gt;.index.json</c>: which tickets a managed table rule comes from.
/// Trino rejects unknown fields in the rules file itself, so traceability lives next to it.
/// </summary>
public sealed record TrinoRulesIndexEntry(string User, string Table, string Level, IReadOnlyList<string> Tickets);
