namespace Odp.Engine.Catalog;

/// <summary>A catalog file that could not be read: bad YAML or entries that fail validation.</summary>
public sealed class CatalogFileException(string source, IReadOnlyList<string> problems)
    : Exception(Describe(source, problems))
{
    /// <summary>The file (or other source) the catalog came from.</summary>
    public string FilePath { get; } = source;

    /// <summary>Each problem on its own, already naming the dataset or line it concerns.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    private static string Describe(string source, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"The catalog file '{source}' has a problem: {problems[0]}"
            : $"The catalog file '{source}' has {problems.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, problems.Select(p => $"  - {p}"));
}
