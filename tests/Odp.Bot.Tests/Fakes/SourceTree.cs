namespace Odp.Bot.Tests.Fakes;

/// <summary>Locates files in the source checkout (the folder holding OpenDataPlane.sln).</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string CardsTests => Path.Combine(Root, "tests", "Odp.Bot.Tests", "Cards");

    public static string Templates => Path.Combine(Root, "adaptive-cards");

    public static string DemoCatalog => Path.Combine(Root, "deploy", "demo", "catalog.yaml");

    public static string DemoDirectory => Path.Combine(Root, "deploy", "demo", "directory.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenDataPlane.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OpenDataPlane.sln not found above {AppContext.BaseDirectory}");
    }
}
