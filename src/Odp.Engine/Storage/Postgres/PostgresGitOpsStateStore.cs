using Npgsql;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Storage.Postgres;

/// <summary><see cref="IGitOpsStateStore"/> in PostgreSQL (table <c>gitops_state</c>, migration 0004), keyed by the lower-case group id.</summary>
public sealed class PostgresGitOpsStateStore(NpgsqlDataSource database) : IGitOpsStateStore
{
    public async Task<GitOpsState?> FindAsync(string group, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT grp, workspace, commit_sha, pipeline_id FROM gitops_state WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = group.ToLowerInvariant() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new GitOpsState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    public async Task SaveAsync(GitOpsState state, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO gitops_state (id, grp, workspace, commit_sha, pipeline_id) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (id) DO UPDATE SET grp = EXCLUDED.grp, workspace = EXCLUDED.workspace,
                commit_sha = EXCLUDED.commit_sha, pipeline_id = EXCLUDED.pipeline_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = state.Group.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter { Value = state.Group });
        command.Parameters.Add(new NpgsqlParameter { Value = state.Workspace });
        command.Parameters.Add(new NpgsqlParameter { Value = state.CommitSha });
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = state.PipelineId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
