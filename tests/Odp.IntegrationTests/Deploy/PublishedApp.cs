using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// The app as the image's build stage publishes it: <see cref="DockerBuildStage"/> replays
/// <c>deploy/docker/Dockerfile</c>'s first stage once for the test class, and <see cref="Folder"/> is the folder the
/// runtime stage copies from it (<c>COPY --from=build /app ./</c>). A clean restore and Release build: about 30 s of the
/// two cores.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("odp-publish-").FullName;

    public Dockerfile Dockerfile { get; } = Dockerfile.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, Dockerfile.PathInRepo)));

    /// <summary>The published app, i.e. what the runtime stage puts in its working directory.</summary>
    public string Folder { get; private set; } = "";

    /// <summary>The runtime stage's working directory, where the entry point's relative paths resolve.</summary>
    public string RuntimeWorkdir { get; private set; } = "";

    /// <summary>A scratch folder of this fixture's, deleted with it.</summary>
    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(root, "scratch", name)).FullName;

    public async Task InitializeAsync()
    {
        var stage = new DockerBuildStage(RepoRoot.Path, Path.Combine(root, "build"));
        await stage.RunAsync(Dockerfile.Stages[0], _ => { });
        var runtime = Dockerfile.Stages[^1];
        var copy = runtime.Single(i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=", StringComparison.Ordinal)).Arguments
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Folder = stage.Map(copy[1]);
        RuntimeWorkdir = runtime.Last(i => i.Keyword == "WORKDIR").Arguments;
    }

    public Task DisposeAsync()
    {
        ReadOnlyFolder.AllowWrites(root);
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }
}
