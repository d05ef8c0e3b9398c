using System.Diagnostics;
using System.Text;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// Replays the Dockerfile's build stage without a container engine, under a scratch folder standing for the build
/// container's file system: every <c>COPY</c> takes its sources from the repository as <c>.dockerignore</c> filters the
/// context (a source that is not in the context fails, as it does in Docker), relative destinations land under the
/// last <c>WORKDIR</c>, and every <c>RUN</c> — which must be a <c>dotnet</c> command — runs there, with absolute paths
/// mapped into the scratch folder. Any other instruction fails, so a Dockerfile change this cannot follow is noticed.
/// </summary>
internal sealed class DockerBuildStage(string repoRoot, string fileSystem)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private readonly DockerIgnore ignore = new(File.ReadAllText(Path.Combine(repoRoot, ".dockerignore")));
    private string workdir = "/";

    /// <summary>Where an absolute path of the build container is in the scratch folder.</summary>
    public string Map(string containerPath) => Path.Combine(fileSystem, containerPath.TrimStart('/'));

    public async Task RunAsync(IReadOnlyList<(string Keyword, string Arguments)> stage, Action<string> log)
    {
        foreach (var (keyword, arguments) in stage)
        {
            switch (keyword)
            {
                case "FROM": break; // the SDK image: this machine's dotnet stands in for it
                case "WORKDIR":
                    workdir = Resolve(arguments);
                    Directory.CreateDirectory(Map(workdir));
                    break;
                case "COPY": Copy(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                case "RUN": await RunDotnetAsync(arguments, log); break;
                default: throw new InvalidOperationException($"The build stage replay does not know '{keyword} {arguments}'.");
            }
        }
    }

    private void Copy(string[] words)
    {
        if (words.Length < 2 || words.Any(w => w.StartsWith("--", StringComparison.Ordinal) || w.IndexOfAny(['*', '?']) >= 0))
            throw new InvalidOperationException($"The build stage replay copies plain paths only: COPY {string.Join(' ', words)}");
        var destination = Map(Resolve(words[^1]));
        foreach (var source in words[..^1])
        {
            var relative = source.Trim('/');
            var path = Path.Combine(repoRoot, relative);
            if (Directory.Exists(path))
            {
                var copied = CopyFolder(relative, destination);
                if (copied == 0) throw new InvalidOperationException($"COPY {source}: nothing under it is in the build context (.dockerignore).");
            }
            else if (File.Exists(path) && !ignore.Excludes(relative))
            {
                var target = words[^1].EndsWith('/') || words.Length > 2 ? Path.Combine(destination, Path.GetFileName(relative)) : destination;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(path, target, overwrite: true);
            }
            else throw new InvalidOperationException($"COPY {source}: not in the build context (missing, or left out by .dockerignore).");
        }
    }

    private int CopyFolder(string relative, string destination)
    {
        var copied = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(repoRoot, relative)))
        {
            var name = Path.GetFileName(entry);
            var child = relative + "/" + name;
            if (Directory.Exists(entry))
            {
                if (!ignore.CanSkip(child)) copied += CopyFolder(child, Path.Combine(destination, name));
            }
            else if (!ignore.Excludes(child))
            {
                Directory.CreateDirectory(destination);
                File.Copy(entry, Path.Combine(destination, name), overwrite: true);
                copied++;
            }
        }
        return copied;
    }

    private async Task RunDotnetAsync(string command, Action<string> log)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] != "dotnet") throw new InvalidOperationException($"The build stage replay runs dotnet commands only: RUN {command}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Map(workdir),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var word in words[1..]) start.ArgumentList.Add(word.StartsWith('/') ? Map(word) : word);
        // No build server or MSBuild node outlives the command; the test host's MSBuild variables (if any) stay out.
        start.ArgumentList.Add("--disable-build-servers");
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"RUN {command} did not finish within {CommandTimeout.TotalMinutes} minutes:\n{output}");
        }
        process.WaitForExit(); // the output handlers have run
        log($"RUN {command}: exit {process.ExitCode}");
        if (process.ExitCode != 0) throw new InvalidOperationException($"RUN {command} exited with {process.ExitCode}:\n{output}");
    }

    private string Resolve(string path) => path.StartsWith('/') ? path : workdir.TrimEnd('/') + "/" + path;
}
