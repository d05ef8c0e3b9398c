using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// CI's proof of the image where no image can be built: the Dockerfile's build stage, replayed on the context that
/// <c>.dockerignore</c> lets through, publishes an app that starts the way the runtime stage starts it — its own
/// folder and working directory read-only, <c>Odp__Data</c> a scratch folder as <c>/data</c> would be — answers
/// <c>/healthz/live</c>, and writes nothing outside the data and temp folders.
/// </summary>
[Collection(PublishCollection.Name)]
public sealed class PublishTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Publish_DockerfileBuildStage_HoldsTheEntryPointAndTheLinkedFiles()
    {
        Assert.True(File.Exists(Path.Combine(app.Folder, EntryPoint())), $"{EntryPoint()} is not in {app.Folder}");
        Assert.True(File.Exists(Path.Combine(app.Folder, "demo", "catalog.yaml")));
        Assert.True(File.Exists(Path.Combine(app.Folder, "demo", "directory.yaml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.Folder, "adaptive-cards"), "*.json"));
        // The Kubernetes ConfigMap is mounted over /app/appsettings.json: the image must not ship one of its own.
        Assert.Empty(Directory.GetFiles(app.Folder, "appsettings*.json"));
    }

    [Fact]
    public async Task Serve_PublishedAppInReadOnlyFolders_AnswersLiveAndWritesOnlyDataAndTemp()
    {
        var workdir = app.Scratch("workdir"); // the runtime stage's WORKDIR is the app folder itself; a separate empty
        var home = app.Scratch("home");       // one here also shows the app writes nothing into its working directory
        var data = app.Scratch("data");
        var temp = app.Scratch("tmp");
        ReadOnlyFolder.DenyWrites(app.Folder);
        ReadOnlyFolder.DenyWrites(workdir);
        ReadOnlyFolder.DenyWrites(home);
        var before = ReadOnlyFolder.Snapshot(app.Folder);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");

        int? status;
        string output;
        using (var served = new ServedApp(app.Folder, EntryPoint(), workdir, new Dictionary<string, string>
               {
                   ["ASPNETCORE_URLS"] = address.ToString(),
                   ["Odp__Data"] = data,
                   ["TMPDIR"] = temp,
                   ["HOME"] = home,
               }))
        {
            status = await served.GetWhenStartedAsync(address, "/healthz/live", StartPatience);
            served.Kill();
            output = served.Output;
        }

        Assert.True(status == 200, $"GET /healthz/live answered {status?.ToString() ?? "nothing"} within {StartPatience.TotalSeconds} s:\n{output}");
        Assert.Equal(before, ReadOnlyFolder.Snapshot(app.Folder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workdir));
        Assert.Empty(Directory.EnumerateFileSystemEntries(home));
        Assert.True(File.Exists(Path.Combine(data, "odp.db")), "The tickets were not kept under Odp__Data:\n" + output);
    }

    private string EntryPoint()
    {
        // ENTRYPOINT ["dotnet", "Odp.Bot.dll"]
        var entryPoint = app.Dockerfile.Stages[^1].Single(i => i.Keyword == "ENTRYPOINT").Arguments;
        return entryPoint.Trim('[', ']').Split(',').Select(w => w.Trim().Trim('"')).Last();
    }
}
