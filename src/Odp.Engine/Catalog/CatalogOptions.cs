using Odp.Engine.Settings;

namespace Odp.Engine.Catalog;

[Setting("The datasets people find and ask for.")]
public sealed class CatalogOptions
{
    public const string Section = "Odp:Catalog";

    /// <remarks>Empty is refused at start; the bot's defaults name the demo catalog.</remarks>
    [Setting("The YAML catalog file: datasets with name, description, owners, tags, domain and columns. Trino discovery "
        + "and OpenMetadata add to it.", Default = "the demo `deploy/demo/catalog.yaml`", Flag = "--catalog FILE")]
    public string File { get; set; } = "";
}
