using System.Globalization;
using System.Reflection;
using Npgsql;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// Creates and upgrades the PostgreSQL schema on start: the SQL files under <c>Storage/Postgres/Migrations/</c>
/// (embedded, <c>NNNN_name.sql</c>, numbered from 1 without gaps) are applied in order, all pending ones in one
/// transaction, and each is recorded in <c>odp_schema_version</c>. Replicas starting together take turns on a
/// transaction-scoped advisory lock, so each migration runs once. A database that a newer OpenDataPlane upgraded
/// (a version this build doesn't know) is refused, naming both versions, and left as it is.
/// </summary>
public static class PostgresSchema
{
    /// <summary>The advisory lock key the migrating replica holds ("ODPschem" as 64 bits).</summary>
    private const long LockKey = 0x4F445053_6368656D;

    private const string ResourcePrefix = "Odp.Engine.Storage.Postgres.Migrations.";

    /// <summary>Every migration this build carries, by version.</summary>
    public static IReadOnlyList<PostgresMigration> Migrations { get; } = Load();

    /// <summary>The version a database is at once migrated by this build.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>Brings the database up to <see cref="Latest"/>; answers how many migrations were applied.</summary>
    public static async Task<int> MigrateAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS odp_schema_version (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);
        var current = await CurrentAsync(connection, cancellationToken);
        if (current > Latest)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The PostgreSQL database in Odp:Store:Postgres is at schema version {current}, written by a newer OpenDataPlane; this one knows versions up to {Latest}. Run the newer version, or point Odp:Store:Postgres at another database."));
        }

        var pending = Migrations.Where(m => m.Version > current).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO odp_schema_version (version, name) VALUES ($1, $2)", connection);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    /// <summary>The highest version recorded (0 for a database never migrated).</summary>
    public static async Task<int> CurrentAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM odp_schema_version", connection);
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<PostgresMigration> Load()
    {
        var assembly = typeof(PostgresSchema).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"PostgreSQL migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Name} where {i + 1} belongs.");
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No PostgreSQL migrations are embedded in Odp.Engine.");
    }

    private static PostgresMigration Read(Assembly assembly, string resource)
    {
        var file = resource[ResourcePrefix.Length..^".sql".Length];
        var cut = file.IndexOf('_', StringComparison.Ordinal);
        if (cut <= 0 || !int.TryParse(file.AsSpan(0, cut), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"A PostgreSQL migration is named NNNN_name.sql, not {file}.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new PostgresMigration(version, file, reader.ReadToEnd());
    }
}
