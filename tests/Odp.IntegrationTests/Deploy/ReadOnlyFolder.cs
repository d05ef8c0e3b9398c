namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// Takes the write bits off a folder tree (as a read-only root file system would leave it) and puts them back. Root
/// ignores them, so tests that run as root also compare what the tree holds before and after (<see cref="Snapshot"/>).
/// </summary>
internal static class ReadOnlyFolder
{
    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode ReadOnlyDirectory = ReadOnlyFile | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static void DenyWrites(string folder)
    {
        if (OperatingSystem.IsWindows()) return; // no Unix modes; the snapshot comparison still holds
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(file, File.GetUnixFileMode(file) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite) | ReadOnlyFile);
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
            File.SetUnixFileMode(directory, ReadOnlyDirectory);
    }

    public static void AllowWrites(string folder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(folder)) return;
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.UserRead);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.UserWrite | UnixFileMode.UserRead);
    }

    /// <summary>Every file and folder under <paramref name="folder"/> with its size and last write time.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var size = entry is FileInfo file ? file.Length : -1;
            entries[Path.GetRelativePath(folder, entry.FullName)] = $"{size} {entry.LastWriteTimeUtc:O}";
        }
        return entries;
    }
}
