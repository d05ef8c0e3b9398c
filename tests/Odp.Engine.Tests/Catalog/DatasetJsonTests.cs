using System.Text;
using Odp.Engine.Catalog;

namespace Odp.Engine.Tests.Catalog;

public sealed class DatasetJsonTests
{
    public static TheoryData<Dataset> Datasets() => new()
    {
        new Dataset("lake.sales.orders", "All orders", ["group:sales-owners", "user:bob"], ["pii", "gold"], "sales",
            [new DatasetColumn("order_id", "bigint", "The key"), new DatasetColumn("amount", "decimal(10,2)", "")]),
        new Dataset("lake.x.\"quoted\"", "<b>R&D</b> 'notes' + \\ back\nslash \u00e9t\u00e9 \U0001F600 \t tab", [], [], "", []),
        new Dataset("lake.x.nulls", null!, null!, null!, null!, null!),
        new Dataset("lake.x.null_column", "", ["group:g"], ["t"], "d", [null!, new DatasetColumn(null!, null!, null!)]),
    };

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Serialize_AnyDataset_WritesWhatSystemTextJsonWrites(Dataset dataset)
    {
        var written = DatasetJson.Serialize(dataset);

        Assert.Equal(Encoding.UTF8.GetString(DatasetJson.SerializeByReflection(dataset)), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Deserialize_SerializedDataset_RoundTrips()
    {
        var dataset = new Dataset("lake.sales.orders", "All <orders>", ["group:sales-owners"], ["pii"], "sales",
            [new DatasetColumn("order_id", "bigint", "The key")]);

        var read = DatasetJson.Deserialize(DatasetJson.Serialize(dataset));

        Assert.Equal(dataset.Name, read.Name);
        Assert.Equal(dataset.Owners, read.Owners);
        Assert.Equal(dataset.Columns, read.Columns);
    }
}
