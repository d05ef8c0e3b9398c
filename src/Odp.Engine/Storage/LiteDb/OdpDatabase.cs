using LiteDB;
using Odp.Engine.Hosting;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>The one LiteDB file under the data directory, opened once per process.</summary>
public sealed class OdpDatabase : IDisposable
{
    public const string FileName = "odp.db";

    public OdpDatabase(DataDirectory data)
        : this(Prepare(data), $"Is another OpenDataPlane process using the data directory (--data or {DataDirectory.Setting})?")
    {
    }

    private OdpDatabase(string path, string hint)
    {
        try
        {
            Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        }
        catch (IOException e)
        {
            throw new IOException($"Could not open {path}: {e.Message} {hint}", e);
        }
    }

    public LiteDatabase Database { get; }

    /// <summary>
    /// Opens the file of an existing installation in <paramref name="folder"/>, for a tool that reads it while
    /// OpenDataPlane is stopped (<c>odp store copy</c>). Refuses a folder without the file, and a file another process
    /// has open: LiteDB opens it shared (on Linux a second process is not kept out), so an exclusive open fails while
    /// OpenDataPlane runs on it.
    /// </summary>
    public static OdpDatabase OpenExisting(string folder)
    {
        var full = Path.GetFullPath(folder);
        var path = Path.Combine(full, FileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"There is no OpenDataPlane store in {full}: {path} does not exist.", path);
        const string stop = "Stop the OpenDataPlane that uses this data directory first.";
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"Could not open {path}: another process has it open. {stop}", e);
        }
        return new OdpDatabase(path, stop);
    }

    public void Dispose() => Database.Dispose();

    private static string Prepare(DataDirectory data)
    {
        System.IO.Directory.CreateDirectory(data.Path);
        return data.Combine(FileName);
    }
}
