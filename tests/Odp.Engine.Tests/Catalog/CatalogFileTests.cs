using Odp.Engine.Catalog;

namespace Odp.Engine.Tests.Catalog;

public sealed class CatalogFileTests
{
    private const string Minimal = """
        datasets:
          - name: lake.sales.orders
            description: One row per customer order since 2019
            owners: [group:sales-owners]
            tags: [finance, pii]
            domain: sales
            columns:
              - {name: order_id, type: bigint, description: Order key}
        """;

    [Fact]
    public void Parse_MinimalFormat_ReadsEveryField()
    {
        var file = CatalogFile.Parse(Minimal, "catalog.yaml");

        var dataset = Assert.Single(file.Datasets);
        Assert.Equal("lake.sales.orders", dataset.Name);
        Assert.Equal("One row per customer order since 2019", dataset.Description);
        Assert.Equal(["group:sales-owners"], dataset.Owners);
        Assert.Equal(["finance", "pii"], dataset.Tags);
        Assert.Equal("sales", dataset.Domain);
        Assert.Equal(new DatasetColumn("order_id", "bigint", "Order key"), Assert.Single(dataset.Columns));
    }

    [Fact]
    public void Parse_UnknownFields_AreIgnored()
    {
        var yaml = """
            version: 2
            datasets:
              - name: lake.sales.orders
                owners: [user:bob]
                retention_days: 30
                columns:
                  - {name: order_id, type: bigint, pk: true}
            """;

        var dataset = Assert.Single(CatalogFile.Parse(yaml, "catalog.yaml").Datasets);

        Assert.Equal("sales", dataset.Domain);
        Assert.Equal("", Assert.Single(dataset.Columns).Description);
    }

    [Fact]
    public void Parse_NameNotThreeParts_NamesFileAndDataset()
    {
        var yaml = "datasets:\n  - {name: sales.orders, owners: [group:x]}\n";

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "my-catalog.yaml"));

        Assert.Contains("my-catalog.yaml", error.Message);
        Assert.Contains("dataset #1 (sales.orders)", error.Message);
        Assert.Contains("catalog.schema.table", error.Message);
    }

    [Theory]
    [InlineData("sales-owners")]
    [InlineData("team:sales")]
    [InlineData("group:")]
    public void Parse_OwnerWithoutPrefix_IsRefused(string owner)
    {
        var yaml = $"datasets:\n  - {{name: lake.sales.orders, owners: ['{owner}']}}\n";

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "catalog.yaml"));

        Assert.Contains($"owner '{owner}'", error.Message);
        Assert.Contains("'group:<id>' or 'user:<id>'", error.Message);
    }

    [Fact]
    public void Parse_NoOwners_IsRefused()
    {
        var error = Assert.Throws<CatalogFileException>(
            () => CatalogFile.Parse("datasets:\n  - {name: lake.sales.orders}\n", "catalog.yaml"));

        Assert.Contains("lake.sales.orders", error.Message);
        Assert.Contains("no owners", error.Message);
    }

    [Fact]
    public void Parse_DuplicateNames_IsRefusedCaseInsensitively()
    {
        var yaml = """
            datasets:
              - {name: lake.sales.orders, owners: [group:a]}
              - {name: LAKE.sales.Orders, owners: [group:b]}
            """;

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "catalog.yaml"));

        Assert.Contains("dataset #2 (LAKE.sales.Orders)", error.Message);
        Assert.Contains("dataset #1", error.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var yaml = """
            datasets:
              - {name: bad, owners: [group:a]}
              - {name: lake.a.b, owners: [nobody]}
            """;

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "catalog.yaml"));

        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsLine()
    {
        var yaml = "datasets:\n  - name: lake.sales.orders\n    owners: [group:a\n    tags: [x]\n";

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "catalog.yaml"));

        Assert.Contains("catalog.yaml", error.Message);
        Assert.Matches(@"line \d+, column \d+", error.Message);
    }

    [Fact]
    public void Parse_WrongShape_ReportsLine()
    {
        var yaml = "datasets:\n  - name: lake.sales.orders\n    owners:\n      nested: map\n";

        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse(yaml, "catalog.yaml"));

        Assert.Contains("line 4", error.Message);
    }

    [Fact]
    public void Parse_EmptyFile_SaysThereAreNoDatasets()
    {
        var error = Assert.Throws<CatalogFileException>(() => CatalogFile.Parse("", "catalog.yaml"));

        Assert.Contains("no datasets", error.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesPathAndSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"odp-missing-{Guid.NewGuid():N}.yaml");

        var error = Assert.Throws<FileNotFoundException>(() => CatalogFile.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("--catalog FILE", error.Message);
        Assert.Contains("Odp:Catalog:File", error.Message);
    }
}
