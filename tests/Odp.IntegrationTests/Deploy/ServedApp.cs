using System.Diagnostics;
using System.Text;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// The published host started as the image starts it (<c>dotnet Odp.Bot.dll</c> in the app folder's place), with the
/// given working directory and environment only for what the image sets or a pod would: the listening URL,
/// <c>Odp__Data</c>, <c>TMPDIR</c> and <c>HOME</c>. Killed on dispose.
/// </summary>
internal sealed class ServedApp : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServedApp(string appFolder, string entryPoint, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, entryPoint));
        // Nothing of the test host's own settings leaks in: only what a container would be given.
        foreach (var key in start.Environment.Keys
                     .Where(k => k.StartsWith("Odp__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal))
                     .ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the published Odp.Bot.dll.");
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            // The host's lifetime log: Kestrel is listening and the app has started.
            if (e.Data?.Contains("Application started.", StringComparison.Ordinal) == true) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (output) return output.ToString(); } }

    public bool HasExited => process.HasExited;

    /// <summary>
    /// What <paramref name="path"/> answers once the host says it started (its lifetime log line), or null when the
    /// process ends or <paramref name="patience"/> runs out first. Waits for that line, never on a timer.
    /// </summary>
    public async Task<int?> GetWhenStartedAsync(Uri baseAddress, string path, TimeSpan patience)
    {
        using var giveUp = new CancellationTokenSource(patience);
        var first = await Task.WhenAny(started.Task, process.WaitForExitAsync(giveUp.Token));
        if (first != started.Task) return null;
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = patience };
        using var response = await client.GetAsync(path);
        return (int)response.StatusCode;
    }

    /// <summary>SIGKILL, then waits for the process to be gone so its files can be inspected.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
