using LiteDB;
using Odp.Engine.Hosting;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>The one LiteDB file under the data directory, opened once per process.</summary>
public sealed class OdpDatabase : IDisposable
{
    public const string FileName = "odp.db";

    public OdpDatabase(DataDirectory data)
    {
        System.IO.Directory.CreateDirectory(data.Path);
        var path = data.Combine(FileName);
        try
        {
            Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        }
        catch (IOException e)
        {
            throw new IOException(
                $"Could not open {path}: {e.Message} Is another OpenDataPlane process using the data directory " +
                $"(--data or {DataDirectory.Setting})?", e);
        }
    }

    public LiteDatabase Database { get; }

    public void Dispose() => Database.Dispose();
}
