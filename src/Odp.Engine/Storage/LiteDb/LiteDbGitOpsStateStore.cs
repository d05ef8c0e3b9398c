using LiteDB;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Storage.LiteDb;

/// <summary><see cref="IGitOpsStateStore"/> in the data directory's LiteDB file (collection <c>gitops</c>), keyed by the team's group id.</summary>
public sealed class LiteDbGitOpsStateStore(OdpDatabase database) : IGitOpsStateStore
{
    private readonly ILiteCollection<BsonDocument> states = database.Database.GetCollection("gitops");

    public Task<GitOpsState?> FindAsync(string group, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var d = states.FindById(group.ToLowerInvariant());
        return Task.FromResult(d is null ? null : FromDocument(d));
    }

    /// <summary>Every team's state, by group id.</summary>
    internal IReadOnlyList<GitOpsState> All() => [.. states.FindAll().OrderBy(d => d["_id"].AsString, StringComparer.Ordinal).Select(FromDocument)];

    public Task SaveAsync(GitOpsState state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        states.Upsert(new BsonDocument
        {
            ["_id"] = state.Group.ToLowerInvariant(),
            ["group"] = state.Group,
            ["workspace"] = state.Workspace,
            ["commit"] = state.CommitSha,
            ["pipeline"] = state.PipelineId is { } id ? new BsonValue(id) : BsonValue.Null,
            ["mergeRequest"] = state.MergeRequestIid is { } iid ? new BsonValue(iid) : BsonValue.Null,
        });
        return Task.CompletedTask;
    }

    private static GitOpsState FromDocument(BsonDocument d) =>
        new(d["group"].AsString, d["workspace"].AsString, d["commit"].AsString, d["pipeline"].IsNull ? null : d["pipeline"].AsInt64,
            d["mergeRequest"].IsNull ? null : d["mergeRequest"].AsInt64);
}
