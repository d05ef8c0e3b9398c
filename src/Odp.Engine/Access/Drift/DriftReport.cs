namespace Odp.Engine.Access.Drift;

/// <summary>
/// One drift check. <see cref="Missing"/> are rules the tickets require that the live file lacks, <see cref="Extra"/>
/// rules it has that nothing requires (both as <c>section: rule JSON</c>); <see cref="Reordered"/> means the same rules
/// in another order (order matters: first match wins). <see cref="Repaired"/> is true when the file was rewritten, or
/// the SQL grants re-applied. <see cref="Unit"/> names one entry: <c>rule</c> or <c>grant</c>.
/// </summary>
public sealed record DriftReport(
    DateTimeOffset At,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Extra,
    bool Reordered,
    bool Unreadable,
    bool Repaired,
    string Unit = "rule")
{
    public bool Drifted => Missing.Count > 0 || Extra.Count > 0 || Reordered || Unreadable;

    /// <summary>e.g. <c>1 missing, 1 extra rule</c>.</summary>
    public string Summary => Unreadable
        ? "the rules file was unreadable"
        : $"{Missing.Count} missing, {Extra.Count} extra {Unit}{(Missing.Count + Extra.Count == 1 ? "" : "s")}{(Reordered ? ", reordered" : "")}";
}
