using System.Diagnostics;

namespace Odp.Benchmarks.Servers;

/// <summary>
/// A server under test in its own process, listening on 127.0.0.1:<see cref="Port"/>. Its stdout and stderr are read
/// and thrown away (counted, so the report can say how much it logged), as a log collector would.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task[] drains;
    private long outputBytes;
    private readonly (string Text, TaskCompletionSource Seen)[] watched;
    private readonly Lock watching = new();
    private string tail = "";

    private ServerProcess(Process process, int port, IEnumerable<string> watch)
    {
        this.process = process;
        Port = port;
        watched = [.. watch.Select(t => (t, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)))];
        drains = [Drain(process.StandardOutput.BaseStream), Drain(process.StandardError.BaseStream)];
    }

    public int Port { get; }

    public long OutputBytes => Interlocked.Read(ref outputBytes);

    public bool Exited => process.HasExited;

    /// <summary>User + system CPU time the server has used so far (children not included).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>This benchmark itself, in a server mode (see Program.cs).</summary>
    /// <param name="watch">Texts the server may write (ASCII) that <see cref="SeenAsync"/> can wait for.</param>
    public static Task<ServerProcess> StartSelfAsync(string mode, IEnumerable<string>? args = null, IEnumerable<string>? watch = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var dotnetHost = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var prefix = dotnetHost ? new[] { typeof(ServerProcess).Assembly.Location } : [];
        return StartAsync(self, [.. prefix, mode, .. args ?? []], AppContext.BaseDirectory, watch: watch);
    }

    public static async Task<ServerProcess> StartAsync(
        string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, IEnumerable<string>? watch = null)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var server = new ServerProcess(process, port, watch ?? []);
        if (!await FreePort.WaitListeningAsync(port, () => process.HasExited, TimeSpan.FromSeconds(60)))
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not listen on port {port} (exit code {(process.HasExited ? process.ExitCode : "none")}).");
        }
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await Task.WhenAll(drains);
        process.Dispose();
    }

    /// <summary>
    /// True once the server has written <paramref name="text"/> (one of the texts watched from its start) to stdout
    /// or stderr, false when <paramref name="patience"/> runs out first: how the benchmark learns what the host only logs.
    /// </summary>
    public async Task<bool> SeenAsync(string text, TimeSpan patience)
    {
        var seen = watched.First(w => w.Text == text).Seen.Task;
        return await Task.WhenAny(seen, Task.Delay(patience)) == seen;
    }

    private async Task Drain(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            Interlocked.Add(ref outputBytes, read);
            if (watched.All(w => w.Seen.Task.IsCompleted)) continue;
            lock (watching)
            {
                // Latin-1 keeps one char per byte; the tail catches a text split across two reads.
                var chunk = tail + System.Text.Encoding.Latin1.GetString(buffer, 0, read);
                foreach (var (text, seen) in watched.Where(w => chunk.Contains(w.Text, StringComparison.Ordinal))) seen.TrySetResult();
                tail = chunk[Math.Max(0, chunk.Length - 256)..];
            }
        }
    }
}
