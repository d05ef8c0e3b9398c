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

    private ServerProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
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
    public static Task<ServerProcess> StartSelfAsync(string mode, IEnumerable<string>? args = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var dotnetHost = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var prefix = dotnetHost ? new[] { typeof(ServerProcess).Assembly.Location } : [];
        return StartAsync(self, [.. prefix, mode, .. args ?? []], AppContext.BaseDirectory);
    }

    public static async Task<ServerProcess> StartAsync(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
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
        var server = new ServerProcess(process, port);
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

    private async Task Drain(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0) Interlocked.Add(ref outputBytes, read);
    }
}
