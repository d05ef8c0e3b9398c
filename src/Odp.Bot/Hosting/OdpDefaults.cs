using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Hosting;

namespace Odp.Bot.Hosting;

/// <summary>
/// The embedded defaults and the command-line overrides, as configuration. Order, lowest first: these defaults,
/// appsettings, environment (<c>Odp__Data</c>), then <c>--data</c>, <c>--catalog</c> and <c>--directory</c>.
/// </summary>
public static class OdpDefaults
{
    public static string DemoFile(string name) => Path.Combine(AppContext.BaseDirectory, "demo", name);

    public static IEnumerable<KeyValuePair<string, string?>> Embedded() =>
    [
        new(DataDirectory.Setting, DataDirectory.Default),
        new($"{CatalogOptions.Section}:File", DemoFile("catalog.yaml")),
        new($"{DirectoryOptions.Section}:File", DemoFile("directory.yaml")),
        // ASP.NET Core logs several Information lines per request; at Slack's ack rates that is most of the cost of
        // an ack (docs/performance.md). Access logs can be turned back on with Logging__LogLevel__Microsoft.AspNetCore.
        new("Logging:LogLevel:Default", "Information"),
        new("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
        // Hosting writes only per-request lines, but while it may log at all it also opens a log scope and an Activity
        // for every request. Kestrel still logs unhandled exceptions.
        new("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "None"),
    ];

    public static IEnumerable<KeyValuePair<string, string?>> Overrides(string? data, string? catalog, string? directory)
    {
        if (data is not null) yield return new(DataDirectory.Setting, data);
        if (catalog is not null) yield return new($"{CatalogOptions.Section}:File", Path.GetFullPath(catalog));
        if (directory is not null) yield return new($"{DirectoryOptions.Section}:File", Path.GetFullPath(directory));
    }
}
