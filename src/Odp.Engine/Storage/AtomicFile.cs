using Odp.Engine.Storage;
using System.Text;

namespace Odp.Engine.Storage;

/// <summary>Writes a file by temp file + rename in the same folder, and only when the bytes differ.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Returns <c>true</c> when the file was (re)written, <c>false</c> when it already held <paramref name="content"/>.</summary>
    public static async Task<bool> WriteIfChangedAsync(string path, string content, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(content);
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            var existing = await File.ReadAllBytesAsync(fullPath, cancellationToken);
            if (existing.AsSpan().SequenceEqual(bytes)) return false;
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        System.IO.Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, fullPath, overwrite: true);
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: the original error matters more */ }
        catch (UnauthorizedAccessException) { /* same */ }
    }
}
