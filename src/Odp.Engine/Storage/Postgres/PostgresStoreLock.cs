using System.Buffers.Binary;
using System.Data;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Odp.Engine.Storage.Locks;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// <see cref="IStoreLock"/> across every replica on one PostgreSQL: a session advisory lock on
/// <see cref="Key"/>(name), held on a connection of its own from the data source until the returned handle is
/// disposed. A replica that dies loses its connections and with them its locks. Each held or awaited lock takes a
/// pooled connection (Npgsql's default pool has 100).
/// </summary>
public sealed class PostgresStoreLock(NpgsqlDataSource database) : IStoreLock
{
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var key = Key(name);
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            // No command timeout: waiting for the holder is the point; cancellation ends the wait.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, key);
        }
        catch
        {
            await ForgetAsync(connection);
            throw;
        }
    }

    /// <summary>
    /// The lock key of <paramref name="name"/>: the first 8 bytes of the SHA-256 of its upper-cased UTF-8, so names
    /// compare ignoring case (as <see cref="LiteDb.ProcessStoreLock"/> does) and every replica computes the same key.
    /// </summary>
    internal static long Key(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name.ToUpperInvariant())));

    /// <summary>
    /// After a wait that failed (cancelled), makes sure the connection goes back to the pool holding no lock, even one
    /// granted just as the wait was cancelled; a connection that can't say so is broken, and its session ended.
    /// </summary>
    private static async Task ForgetAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException) when (connection.FullState != ConnectionState.Open)
        {
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0) return;
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                unlock.Parameters.Add(new NpgsqlParameter { Value = key });
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException) when (connection.FullState != ConnectionState.Open)
            {
                // The connection broke: its session, and the lock with it, ended on the server.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
