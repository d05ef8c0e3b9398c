using Microsoft.Extensions.Options;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Deploy;

/// <summary>
/// The Trino files in <c>deploy/trino/</c> parse as Trino reads them, and point where OpenDataPlane writes: a broken
/// recipe fails here, not on an operator's cluster.
/// </summary>
public sealed class TrinoRecipeTests
{
    private static readonly string Recipe = Path.Combine(RepoPaths.Root, "deploy", "trino");

    public static TheoryData<string> PropertiesFiles() =>
        [.. System.IO.Directory.GetFiles(Recipe, "*.properties", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Recipe, f)).Order()];

    [Theory]
    [MemberData(nameof(PropertiesFiles))]
    public void Properties_EachFile_ParsesWithUniqueKeysAndValues(string file)
    {
        var properties = Read(file);

        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{file}: {p.Key} has no value"));
    }

    [Fact]
    public void AccessControl_FileMode_ReadsTheRulesFileOpenDataPlaneWritesUnderTheMountedDataVolume()
    {
        var properties = Read(Path.Combine("etc", "access-control.properties"));
        const string mount = "/var/lib/odp";
        var written = new FileRulesEnforcer(Options.Create(new TrinoOptions()), new DataDirectory(mount),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<FileRulesEnforcer>.Instance).RulesFile;

        Assert.Equal("file", properties["access-control.name"]);
        Assert.Equal(written, properties["security.config-file"]);
        Assert.Equal(new TrinoOptions().RefreshPeriod, properties["security.refresh-period"]);
    }

    [Theory]
    [InlineData("etc/catalog/lake.properties", "iceberg")]
    [InlineData("hdfs/catalog/lake.properties", "iceberg")]
    [InlineData("sql-mode/catalog/warehouse.properties", "hive")]
    public void Catalogs_EachVariant_NamesItsConnectorAndMetastore(string file, string connector)
    {
        var properties = Read(file);

        Assert.Equal(connector, properties["connector.name"]);
        Assert.StartsWith("thrift://", properties["hive.metastore.uri"], StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogs_LakeCatalog_IsTheCatalogOfTheDemoDatasets()
    {
        var demo = File.ReadAllText(RepoPaths.DemoCatalog);

        Assert.Contains("name: lake.sales.orders", demo);
        Assert.True(File.Exists(Path.Combine(Recipe, "etc", "catalog", "lake.properties")));
    }

    [Fact]
    public void SqlMode_WarehouseCatalog_HasSqlStandardSecurity() =>
        Assert.Equal("sql-standard", Read("sql-mode/catalog/warehouse.properties")["hive.security"]);

    [Fact]
    public void BaseRules_File_ParsesAsTrinoRulesAndKeepsEveryoneOutOfSystem()
    {
        var json = File.ReadAllText(Path.Combine(Recipe, "base-rules.json"));

        var rules = TrinoRulesDocument.Parse(json);

        Assert.NotNull(rules);
        Assert.Contains("\"catalog\": \"system\", \"allow\": \"none\"", json);
    }

    [Fact]
    public void FileGroups_GroupFile_HasOneGroupPerLineInTrinosFormat()
    {
        var lines = File.ReadAllLines(Path.Combine(Recipe, "file-groups", "group.txt")).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches("^[a-z0-9_-]+:[a-z0-9_.-]+(,[a-z0-9_.-]+)*$", l));
    }

    /// <summary>Java properties as Trino reads them: <c>key=value</c>, <c>#</c> comments, no key twice.</summary>
    private static Dictionary<string, string> Read(string file)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Recipe, file)).Select(l => l.Trim()))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var split = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(split > 0, $"{file}: '{line}' is not key=value");
            Assert.True(properties.TryAdd(line[..split].Trim(), line[(split + 1)..].Trim()), $"{file}: {line[..split]} appears twice");
        }
        return properties;
    }
}
