using LiteDB;
using Odp.Engine.Storage;

namespace Odp.Engine.Workspaces;

/// <summary>Workspaces in the data directory's LiteDB file, keyed by their team's group id.</summary>
public sealed class LiteDbWorkspaceStore(OdpDatabase database) : IWorkspaceStore
{
    private readonly ILiteCollection<BsonDocument> workspaces = database.Database.GetCollection("workspaces");

    public Task<WorkspaceRecord?> FindAsync(string group, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var doc = workspaces.FindById(group.ToLowerInvariant());
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

    private static BsonDocument ToDocument(WorkspaceRecord w) => new()
    {
        ["_id"] = w.Group.ToLowerInvariant(),
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
