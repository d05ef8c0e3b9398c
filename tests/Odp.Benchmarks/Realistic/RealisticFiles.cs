using System.Globalization;
using System.Text;
using System.Text.Json;
using Odp.Benchmarks.Catalog;
using Odp.Engine.Catalog;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// Writes the realistic benchmark's inputs into a folder: <c>catalog.yaml</c> (the format of
/// <c>deploy/demo/catalog.yaml</c>, loaded by ODP with <c>--catalog</c>), the same datasets as <c>catalog.json</c>
/// for the Bolt + MiniSearch peer, and <c>directory.yaml</c> (<c>--directory</c>) with the users and the owner
/// groups the catalog uses. The same seed, size and user count always give the same files.
/// </summary>
public sealed record RealisticFiles(string Folder, IReadOnlyList<Dataset> Datasets)
{
    public string Catalog => Path.Combine(Folder, "catalog.yaml");

    public string CatalogJson => Path.Combine(Folder, "catalog.json");

    public string Directory => Path.Combine(Folder, "directory.yaml");

    public static async Task<RealisticFiles> WriteAsync(string folder, int datasets, int users, int seed)
    {
        var all = new SyntheticCatalog(seed, RealisticVocabulary.Create(users)).Generate(datasets).ToList();
        var files = new RealisticFiles(folder, all);
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(files.Catalog, CatalogYaml(all));
        await File.WriteAllBytesAsync(files.CatalogJson, JsonSerializer.SerializeToUtf8Bytes(all.Select(d => new
        {
            name = d.Name,
            description = d.Description,
            owners = d.Owners,
            tags = d.Tags,
            domain = d.Domain,
            columns = d.Columns.Select(c => c.Name),
        })));
        await File.WriteAllTextAsync(files.Directory, DirectoryYaml(users, seed));
        return files;
    }

    private static string CatalogYaml(IEnumerable<Dataset> datasets)
    {
        var yaml = new StringBuilder("# The realistic ack benchmark's synthetic catalog (tests/Odp.Benchmarks, mode realistic).\ndatasets:\n");
        foreach (var d in datasets)
        {
            yaml.Append("  - name: ").Append(Q(d.Name)).Append('\n')
                .Append("    description: ").Append(Q(d.Description)).Append('\n')
                .Append("    owners: [").AppendJoin(", ", d.Owners.Select(Q)).Append("]\n")
                .Append("    tags: [").AppendJoin(", ", d.Tags.Select(Q)).Append("]\n")
                .Append("    domain: ").Append(Q(d.Domain)).Append('\n')
                .Append("    columns:\n");
            foreach (var c in d.Columns)
                yaml.Append("      - {name: ").Append(Q(c.Name)).Append(", type: ").Append(Q(c.Type))
                    .Append(", description: ").Append(Q(c.Description)).Append("}\n");
        }
        return yaml.ToString();
    }

    /// <summary>
    /// Users <c>user01</c>… in one or two owner groups each (every group has members) and all in <c>analysts</c>.
    /// </summary>
    private static string DirectoryYaml(int users, int seed)
    {
        var random = new Random(seed);
        var groups = RealisticVocabulary.Groups.ToList();
        var members = Enumerable.Range(0, users).Select(_ => new List<string>()).ToList();
        for (var g = 0; g < groups.Count; g++) members[g % users].Add(groups[g]);
        foreach (var list in members) list.Add(groups[random.Next(groups.Count)]);
        var yaml = new StringBuilder("# The realistic ack benchmark's directory (tests/Odp.Benchmarks, mode realistic).\nusers:\n");
        for (var u = 0; u < users; u++)
        {
            var id = RealisticVocabulary.UserId(u + 1);
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{id: {id}, name: {Q($"User {u + 1:D2}")}, email: {id}@example.com, groups: [analysts, ")
                .AppendJoin(", ", members[u].Distinct()).Append("]}\n");
        }
        yaml.Append("groups:\n  - {id: analysts, name: Analysts}\n");
        foreach (var group in groups)
        {
            var parts = group.Split('-');
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{id: {group}, name: {Q($"{Title(parts[0])} {parts[1]} owners")}}}\n");
        }
        return yaml.ToString();
    }

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A double-quoted scalar: JSON's string syntax is also YAML's.</summary>
    private static string Q(string text) => JsonSerializer.Serialize(text);
}
