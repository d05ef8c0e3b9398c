using System.Diagnostics;
using System.Text;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Observability;

/// <summary>
/// The served host (<c>Odp.Bot.dll</c>) in a process of its own on a free loopback port, its settings as environment
/// variables, every line it writes kept. <see cref="WaitForLineAsync"/> waits (bounded) for a line, so nothing polls.
/// <see cref="StopAsync"/> sends SIGTERM and waits for the graceful stop, so every log line is written.
/// </summary>
internal sealed class ServedProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];

    public ServedProcess(IReadOnlyDictionary<string, string?> settings)
    {
        Port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Odp.Bot.dll"));
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Odp.Bot.dll.");
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    /// <summary>Every line written to standard output and error so far.</summary>
    public IReadOnlyList<string> Lines { get { lock (lines) return [.. lines]; } }

    public string Output => string.Join('\n', Lines);

    /// <summary>The first line (already written or still to come) that <paramref name="match"/> accepts.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lines)
        {
            if (lines.FirstOrDefault(match) is { } line) return line;
            waiters.Add((match, found));
        }
        try
        {
            return await found.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No such line within {Patience}. It wrote:\n{Output}");
        }
    }

    /// <summary>SIGTERM, then the graceful stop (bounded).</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!) await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (lines)
        {
            lines.Add(line);
            foreach (var waiter in waiters.Where(w => w.Match(line)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }
}
