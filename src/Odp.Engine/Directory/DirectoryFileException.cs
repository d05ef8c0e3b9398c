namespace Odp.Engine.Directory;

/// <summary>A directory file that could not be read: bad YAML or users and groups that fail validation.</summary>
public sealed class DirectoryFileException(string source, IReadOnlyList<string> problems)
    : Exception(Describe(source, problems))
{
    /// <summary>The file (or other source) the directory came from.</summary>
    public string FilePath { get; } = source;

    /// <summary>Each problem on its own, already naming the user or group it concerns.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    private static string Describe(string source, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"The directory file '{source}' has a problem: {problems[0]}"
            : $"The directory file '{source}' has {problems.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, problems.Select(p => $"  - {p}"));
}
