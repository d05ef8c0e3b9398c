namespace Odp.Engine.Tests.Fakes;

/// <summary>Finds files in the repository by walking up from the test binaries to the folder holding OpenDataPlane.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string DemoCatalog => Path.Combine(Root, "deploy", "demo", "catalog.yaml");

    public static string DemoDirectory => Path.Combine(Root, "deploy", "demo", "directory.yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenDataPlane.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException(
            $"Could not find OpenDataPlane.sln in any folder above '{AppContext.BaseDirectory}'.");
    }
}
