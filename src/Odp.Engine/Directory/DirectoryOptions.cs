namespace Odp.Engine.Directory;

public sealed class DirectoryOptions
{
    public const string Section = "Odp:Directory";

    /// <summary>The YAML directory file. Empty means the demo directory shipped with the bot.</summary>
    public string File { get; set; } = "";
}
