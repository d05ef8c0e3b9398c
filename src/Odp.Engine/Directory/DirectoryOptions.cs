using Odp.Engine.Settings;

namespace Odp.Engine.Directory;

[Setting("The people and teams, from a YAML file unless `Odp:Ldap:Url` is set.")]
public sealed class DirectoryOptions
{
    public const string Section = "Odp:Directory";

    /// <remarks>Empty is refused at start; the bot's defaults name the demo directory.</remarks>
    [Setting("The YAML directory file: users (id, name, email, groups; `disabled: true` refuses their writes) and groups. "
        + "Not read when `Odp:Ldap:Url` is set.", Default = "the demo `deploy/demo/directory.yaml`", Flag = "--directory FILE")]
    public string File { get; set; } = "";
}
