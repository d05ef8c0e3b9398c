using LiteDB;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// Workspaces in the data directory's LiteDB file, keyed by their team's group id; the name each group holds in
/// <c>workspaceNames</c>, keyed by the name (so two groups can't hold one) with a unique index on the group (so a
/// group can't hold two).
/// </summary>
public sealed class LiteDbWorkspaceStore : IWorkspaceStore
{
    private readonly ILiteCollection<BsonDocument> workspaces;
    private readonly ILiteCollection<BsonDocument> names;

    public LiteDbWorkspaceStore(OdpDatabase database)
    {
        workspaces = database.Database.GetCollection("workspaces");
        names = database.Database.GetCollection("workspaceNames");
        names.EnsureIndex("group", unique: true);
        AdoptStoredNames();
    }

    public Task<WorkspaceRecord?> FindAsync(string group, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var doc = workspaces.FindById(WorkspaceNames.GroupKey(group));
        return Task.FromResult(doc is null ? null : FromDocument(doc));
    }

    public Task SaveAsync(WorkspaceRecord workspace, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        workspaces.Upsert(ToDocument(workspace));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WorkspaceRecord>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<WorkspaceRecord> all = [.. workspaces.FindAll().Select(FromDocument).OrderBy(w => w.Name, StringComparer.Ordinal)];
        return Task.FromResult(all);
    }

    public Task<string> ClaimNameAsync(string group, IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        var key = WorkspaceNames.GroupKey(group);
        if (NameHeldBy(key) is { } held) return Task.FromResult(held);
        foreach (var name in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryClaim(key, name)) return Task.FromResult(name);
            // Taken: by another group (try the next name), or by this group in a claim that raced this one.
            if (NameHeldBy(key) is { } raced) return Task.FromResult(raced);
        }
        throw new InvalidOperationException($"Every workspace name offered for group '{group}' is held by another group.");
    }

    /// <summary>Every name claimed, with the key of the group that holds it, in name order.</summary>
    internal IReadOnlyList<(string Name, string GroupKey)> ClaimedNames() =>
        [.. names.FindAll().Select(d => (d["_id"].AsString, d["group"].AsString)).OrderBy(n => n.Item1, StringComparer.Ordinal)];

    private string? NameHeldBy(string key) => names.FindOne(Query.EQ("group", key))?["_id"].AsString;

    /// <summary>Inserts the claim; false when the name (or, racing, this group) already has one.</summary>
    private bool TryClaim(string key, string name)
    {
        try
        {
            names.Insert(new BsonDocument { ["_id"] = name, ["group"] = key });
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    /// <summary>
    /// Workspaces provisioned before names were claimed keep theirs, oldest first; a later workspace that shares its
    /// name with an older one claims a name of its own the next time it is provisioned.
    /// </summary>
    private void AdoptStoredNames()
    {
        foreach (var workspace in workspaces.FindAll().Select(FromDocument).OrderBy(w => w.CreatedAt))
        {
            var key = WorkspaceNames.GroupKey(workspace.Group);
            if (NameHeldBy(key) is null) TryClaim(key, workspace.Name);
        }
    }

    private static BsonDocument ToDocument(WorkspaceRecord w) => new()
    {
        ["_id"] = WorkspaceNames.GroupKey(w.Group),
        ["group"] = w.Group,
        ["name"] = w.Name,
        ["namespace"] = w.Namespace,
        ["location"] = w.Location,
        ["jupyter"] = Links(w.JupyterUrls),
        ["servers"] = Links(w.ServerUrls),
        ["members"] = new BsonArray(w.Members.Select(m => new BsonValue(m))),
        ["createdAt"] = w.CreatedAt.UtcTicks,
        ["updatedAt"] = w.UpdatedAt.UtcTicks,
    };

    private static WorkspaceRecord FromDocument(BsonDocument d) => new(
        d["group"].AsString,
        d["name"].AsString,
        d["namespace"].AsString,
        d["location"].AsString,
        Links(d["jupyter"]),
        [.. d["members"].AsArray.Select(v => v.AsString)],
        new DateTimeOffset(d["createdAt"].AsInt64, TimeSpan.Zero),
        new DateTimeOffset(d["updatedAt"].AsInt64, TimeSpan.Zero),
        Links(d["servers"]));

    private static BsonDocument Links(IReadOnlyDictionary<string, string> links) =>
        new(links.ToDictionary(p => p.Key, p => new BsonValue(p.Value)));

    /// <summary>A stored map of links; records written before a field existed have none.</summary>
    private static Dictionary<string, string> Links(BsonValue stored) =>
        stored.IsDocument ? stored.AsDocument.ToDictionary(p => p.Key, p => p.Value.AsString, StringComparer.Ordinal) : new(StringComparer.Ordinal);
}
