using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Odp.Engine.Catalog;

/// <summary>
/// A validated YAML catalog: <c>datasets:</c> with name, description, owners, tags, domain and columns.
/// Unknown fields are ignored so the format can grow.
/// </summary>
public sealed record CatalogFile(string Path, IReadOnlyList<Dataset> Datasets)
{
    /// <summary>How the catalog file is chosen, for error messages.</summary>
    public const string SettingHint = "--catalog FILE (or the Odp:Catalog:File setting)";

    /// <summary>
    /// The SHA-256 of the file's bytes (hex) when it was read by <see cref="Load"/>; empty when parsed from text. A read
    /// that finds the same hash (<see cref="ContentHashOf"/>) would find the same datasets.
    /// </summary>
    public string ContentHash { get; init; } = "";

    /// <summary>Reads and validates the catalog at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CatalogFileException">The YAML is malformed or an entry is invalid.</exception>
    public static CatalogFile Load(string path)
    {
        var fullPath = Existing(path);
        var bytes = File.ReadAllBytes(fullPath);
        using var text = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return Parse(text.ReadToEnd(), fullPath) with { ContentHash = Convert.ToHexString(SHA256.HashData(bytes)) };
    }

    /// <summary>The <see cref="ContentHash"/> the file at <paramref name="path"/> has now, without parsing it.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string ContentHashOf(string path)
    {
        using var stream = File.OpenRead(Existing(path));
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    /// <summary>Parses and validates catalog YAML; <paramref name="source"/> names it in error messages.</summary>
    public static CatalogFile Parse(string yaml, string source)
    {
        var document = Deserialize(yaml, source);
        var problems = new List<string>();
        var datasets = new List<Dataset>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var entries = document?.Datasets ?? [];

        if (entries.Count == 0)
        {
            problems.Add("it lists no datasets. Add at least one entry under 'datasets:'.");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var dataset = CatalogEntryValidator.Validate(entries[i], i + 1, problems);
            if (dataset is null) continue;
            if (seen.TryGetValue(dataset.Name, out var first))
            {
                problems.Add($"dataset #{i + 1} ({dataset.Name}) has the same name as dataset #{first}. Each dataset name must be unique.");
                continue;
            }

            seen[dataset.Name] = i + 1;
            datasets.Add(dataset);
        }

        if (problems.Count > 0) throw new CatalogFileException(source, problems);
        return new CatalogFile(source, datasets);
    }

    private static string Existing(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"The catalog file '{fullPath}' does not exist. Check the path given by {SettingHint}, " +
                "or leave it empty to use the demo catalog.",
                fullPath);
        }

        return fullPath;
    }

    private static CatalogDocument? Deserialize(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        try
        {
            return deserializer.Deserialize<CatalogDocument?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new CatalogFileException(source, [YamlErrors.Describe(ex)]);
        }
    }
}
