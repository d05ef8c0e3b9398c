using Odp.Engine.Catalog;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Odp.Engine.Directory;

/// <summary>
/// A validated YAML directory: <c>users:</c> (id, name, email, groups, optionally <c>disabled: true</c>) and
/// <c>groups:</c> (id, name). Unknown fields are ignored. Ids and emails are unique, case-insensitively; every group a
/// user lists must exist. A disabled user is still found and listed, but can't request, decide or revoke.
/// </summary>
public sealed record DirectoryFile(string Path, IReadOnlyList<DirectoryUser> Users, IReadOnlyList<DirectoryGroup> Groups)
{
    /// <summary>The ids of the users marked <c>disabled: true</c>.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How the directory file is chosen, for error messages.</summary>
    public const string SettingHint = "--directory FILE (or the Odp:Directory:File setting)";

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryFileException">The YAML is malformed or a user or group is invalid.</exception>
    public static DirectoryFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"The directory file '{fullPath}' does not exist. Check the path given by {SettingHint}, " +
                "or leave it empty to use the demo directory.",
                fullPath);
        }

        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    /// <summary>Parses and validates directory YAML; <paramref name="source"/> names it in error messages.</summary>
    public static DirectoryFile Parse(string yaml, string source)
    {
        var document = Deserialize(yaml, source);
        var problems = new List<string>();
        var groups = DirectoryValidator.Groups(document?.Groups ?? [], problems);
        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var users = DirectoryValidator.Users(document?.Users ?? [], groups, problems, disabled);

        if (users.Count == 0 && problems.Count == 0)
        {
            problems.Add("it lists no users. Add at least one entry under 'users:'.");
        }

        if (problems.Count > 0) throw new DirectoryFileException(source, problems);
        return new DirectoryFile(source, users, groups) { Disabled = disabled };
    }

    private static DirectoryDocument? Deserialize(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        try
        {
            return deserializer.Deserialize<DirectoryDocument?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new DirectoryFileException(source, [YamlErrors.Describe(ex)]);
        }
    }
}
