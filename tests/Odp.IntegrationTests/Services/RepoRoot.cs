namespace Odp.IntegrationTests.Services;

/// <summary>The repository's root: the folder above the test binaries that holds OpenDataPlane.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Path => RootPath.Value;

    public static string Script(string name) => System.IO.Path.Combine(Path, "scripts", name);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "OpenDataPlane.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException($"Could not find OpenDataPlane.sln in any folder above '{AppContext.BaseDirectory}'.");
    }
}
