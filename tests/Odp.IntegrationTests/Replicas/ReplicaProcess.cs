using System.Diagnostics;
using System.Text;

namespace Odp.IntegrationTests.Replicas;

/// <summary>
/// A replica in a process of its own: the served host (<c>Odp.Bot.dll</c>) with the given settings as environment
/// variables, on a loopback port of its choosing. <see cref="Kill"/> kills it — no graceful stop, nothing released.
/// </summary>
internal sealed class ReplicaProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public ReplicaProcess(IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Odp.Bot.dll"));
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Odp.Bot.dll.");
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What it printed so far, for a failing assertion's message.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>Completes if the process ends by itself (e.g. it could not start).</summary>
    public Task Exited => process.WaitForExitAsync();

    /// <summary>SIGKILL: the process stops where it is.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}
