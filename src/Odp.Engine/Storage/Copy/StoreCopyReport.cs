namespace Odp.Engine.Storage.Copy;

/// <summary>
/// What one <see cref="StoreCopy"/> did, by kind of record. <see cref="OwedItems"/> counts the work the tickets owe: an
/// item of a ticket that was already in PostgreSQL is counted as already there (it is not copied again).
/// <see cref="Conflicts"/> lists the records PostgreSQL holds differently (a ticket at another version, a workspace
/// name held by another group), each left as PostgreSQL has it. <see cref="OwedWithoutTicket"/> counts owed items of
/// tickets missing from the LiteDB file, which can't be copied.
/// </summary>
public sealed record StoreCopyReport(
    CopyCount Tickets,
    CopyCount OwedItems,
    CopyCount Workspaces,
    CopyCount WorkspaceNames,
    CopyCount PostedCards,
    CopyCount AuditEntries,
    CopyCount GitOpsStates,
    IReadOnlyList<string> Conflicts,
    int OwedWithoutTicket)
{
    /// <summary>Records copied by this run, of every kind.</summary>
    public int Copied => Counts.Sum(c => c.Count.Copied);

    /// <summary>Every kind of record with its name, in the order they are copied.</summary>
    public IReadOnlyList<(string Name, CopyCount Count)> Counts =>
    [
        ("tickets", Tickets), ("owed items", OwedItems), ("workspaces", Workspaces), ("workspace names", WorkspaceNames),
        ("posted cards", PostedCards), ("audit entries", AuditEntries), ("gitops states", GitOpsStates),
    ];
}
