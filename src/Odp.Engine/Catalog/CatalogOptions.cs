namespace Odp.Engine.Catalog;

public sealed class CatalogOptions
{
    public const string Section = "Odp:Catalog";

    /// <summary>The YAML catalog file. Empty means the demo catalog shipped with the bot.</summary>
    public string File { get; set; } = "";
}
