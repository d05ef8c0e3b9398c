using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// Workspaces in PostgreSQL (table <c>workspaces</c>, migration 0005), keyed by their team's group id as
/// <see cref="WorkspaceNames.GroupKey"/> gives it; the name each group holds in <c>workspace_names</c>, whose unique
/// constraints (one group per name, one name per group) make a claim atomic across replicas.
/// </summary>
public sealed class PostgresWorkspaceStore(NpgsqlDataSource database) : IWorkspaceStore
{
    public async Task<WorkspaceRecord?> FindAsync(string group, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT document FROM workspaces WHERE group_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = WorkspaceNames.GroupKey(group) });
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? FromJson(json) : null;
    }

    public async Task SaveAsync(WorkspaceRecord workspace, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO workspaces (group_key, document) VALUES ($1, $2)
            ON CONFLICT (group_key) DO UPDATE SET document = EXCLUDED.document
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = WorkspaceNames.GroupKey(workspace.Group) });
        command.Parameters.Add(new NpgsqlParameter { Value = ToJson(workspace), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkspaceRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT document FROM workspaces");
        var all = new List<WorkspaceRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) all.Add(FromJson(reader.GetString(0)));
        return [.. all.OrderBy(w => w.Name, StringComparer.Ordinal)];
    }

    public async Task<string> ClaimNameAsync(string group, IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        var key = WorkspaceNames.GroupKey(group);
        if (await NameHeldByAsync(key, cancellationToken) is { } held) return held;
        foreach (var name in candidates)
        {
            if (await TryClaimAsync(key, name, cancellationToken)) return name;
            // Taken: by another group (try the next name), or by this group in a claim that raced this one.
            if (await NameHeldByAsync(key, cancellationToken) is { } raced) return raced;
        }
        throw new InvalidOperationException($"Every workspace name offered for group '{group}' is held by another group.");
    }

    /// <summary>Stores a workspace copied from another store, unless its group has one here: false then, and that one is left as it is.</summary>
    internal async Task<bool> ImportAsync(WorkspaceRecord workspace, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("INSERT INTO workspaces (group_key, document) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = WorkspaceNames.GroupKey(workspace.Group) });
        command.Parameters.Add(new NpgsqlParameter { Value = ToJson(workspace), NpgsqlDbType = NpgsqlDbType.Jsonb });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Records that the group of <paramref name="groupKey"/> holds <paramref name="name"/>, copied from another store:
    /// null when recorded; else the claim here that was in its way, left as it is — the same claim when it was copied
    /// before, else the name's other holder or the group's other name.
    /// </summary>
    internal async Task<(string Name, string GroupKey)?> ImportNameAsync(string name, string groupKey, CancellationToken cancellationToken)
    {
        if (await TryClaimAsync(groupKey, name, cancellationToken)) return null;
        await using var command = database.CreateCommand(
            "SELECT name, group_key FROM workspace_names WHERE name = $1 OR group_key = $2 ORDER BY name = $1 AND group_key = $2 DESC LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = groupKey });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : (name, groupKey);
    }

    private async Task<string?> NameHeldByAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT name FROM workspace_names WHERE group_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Inserts the claim; false when the name (or, racing, this group) already has one.</summary>
    private async Task<bool> TryClaimAsync(string key, string name, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO workspace_names (name, group_key) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static string ToJson(WorkspaceRecord w) => new JsonObject
    {
        ["group"] = w.Group,
        ["name"] = w.Name,
        ["namespace"] = w.Namespace,
        ["location"] = w.Location,
        ["jupyter"] = Links(w.JupyterUrls),
        ["servers"] = Links(w.ServerUrls),
        ["members"] = new JsonArray([.. w.Members.Select(m => (JsonNode?)m)]),
        ["createdAt"] = w.CreatedAt.UtcTicks,
        ["updatedAt"] = w.UpdatedAt.UtcTicks,
    }.ToJsonString();

    private static WorkspaceRecord FromJson(string json)
    {
        var d = JsonNode.Parse(json)!.AsObject();
        return new WorkspaceRecord(
            (string)d["group"]!,
            (string)d["name"]!,
            (string)d["namespace"]!,
            (string)d["location"]!,
            Links(d["jupyter"]),
            [.. d["members"]!.AsArray().Select(m => (string)m!)],
            new DateTimeOffset((long)d["createdAt"]!, TimeSpan.Zero),
            new DateTimeOffset((long)d["updatedAt"]!, TimeSpan.Zero),
            Links(d["servers"]));
    }

    private static JsonObject Links(IReadOnlyDictionary<string, string> links) =>
        new(links.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));

    private static Dictionary<string, string> Links(JsonNode? stored) =>
        stored is JsonObject links ? links.ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal) : new(StringComparer.Ordinal);
}
