using Npgsql;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Storage.Postgres;

/// <summary><see cref="IGitOpsStateStore"/> in PostgreSQL (table <c>gitops_state</c>, migrations 0004 and 0007), keyed by the lower-case group id.</summary>
public sealed class PostgresGitOpsStateStore(NpgsqlDataSource database) : IGitOpsStateStore
{
    public async Task<GitOpsState?> FindAsync(string group, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT grp, workspace, commit_sha, pipeline_id, merge_request_iid FROM gitops_state WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = group.ToLowerInvariant() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new GitOpsState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetInt64(4));
    }

    public async Task SaveAsync(GitOpsState state, CancellationToken cancellationToken)
    {
        await using var command = Insert(state, """
            ON CONFLICT (id) DO UPDATE SET grp = EXCLUDED.grp, workspace = EXCLUDED.workspace,
                commit_sha = EXCLUDED.commit_sha, pipeline_id = EXCLUDED.pipeline_id, merge_request_iid = EXCLUDED.merge_request_iid
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores a team's state copied from another store, unless the team has one here: false then, and that one is left as it is.</summary>
    internal async Task<bool> ImportAsync(GitOpsState state, CancellationToken cancellationToken)
    {
        await using var command = Insert(state, "ON CONFLICT (id) DO NOTHING");
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private NpgsqlCommand Insert(GitOpsState state, string onConflict)
    {
        var command = database.CreateCommand($"INSERT INTO gitops_state (id, grp, workspace, commit_sha, pipeline_id, merge_request_iid) VALUES ($1, $2, $3, $4, $5, $6) {onConflict}");
        command.Parameters.Add(new NpgsqlParameter { Value = state.Group.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter { Value = state.Group });
        command.Parameters.Add(new NpgsqlParameter { Value = state.Workspace });
        command.Parameters.Add(new NpgsqlParameter { Value = state.CommitSha });
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = state.PipelineId });
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = state.MergeRequestIid });
        return command;
    }
}
