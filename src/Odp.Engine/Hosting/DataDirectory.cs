namespace Odp.Engine.Hosting;

/// <summary>The folder that holds everything the engine stores (<c>--data DIR</c> or <c>Odp:Data</c>).</summary>
public sealed record DataDirectory(string Path)
{
    public const string Setting = "Odp:Data";
    public const string Default = "odp-data";

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
