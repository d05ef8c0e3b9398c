namespace Odp.Engine.Storage.Audit;

/// <summary>One audited repair: when, what, and a summary of before and after.</summary>
public sealed record AuditEntry(DateTimeOffset At, string What, string Before, string After);
