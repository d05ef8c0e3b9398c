namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>
/// A small Trino estate for discovery tests: catalogs <c>lake</c> and <c>warehouse</c> with tables in several schemas,
/// an empty catalog <c>scratch</c>, and one table whose name holds a dot (it can't be a dataset).
/// <c>lake.sales.orders</c> is also in the demo catalog file; <c>lake.sales.refund_requests</c> is in no file.
/// </summary>
internal static class FakeTrinoLake
{
    public static readonly string[] DatasetNames =
    [
        "lake.hr.recruiting_pipeline", "lake.sales.orders", "lake.sales.refund_requests", "warehouse.web.page_views",
    ];

    public static void Seed(FakeTrinoModel model)
    {
        model.AddTable(new FakeTrinoTable("lake", "sales", "orders",
            [("order_id", "bigint"), ("customer_id", "bigint"), ("total_amount", "decimal(12,2)"), ("loyalty_tier", "varchar(16)")], [],
            new Dictionary<string, string> { ["loyalty_tier"] = "Tier at the time of the order" }));
        model.AddTable(new FakeTrinoTable("lake", "sales", "refund_requests",
            [("refund_id", "bigint"), ("order_id", "bigint"), ("reason", "varchar")], [[1L, 7L, "damaged"]]));
        model.AddTable(new FakeTrinoTable("lake", "hr", "recruiting_pipeline", [("candidate_id", "bigint"), ("stage", "varchar")], []));
        model.AddTable(new FakeTrinoTable("lake", "hr", "payroll.2024", [("employee_id", "bigint")], []));
        model.AddTable(new FakeTrinoTable("warehouse", "web", "page_views",
            [("view_id", "bigint"), ("url", "varchar"), ("viewed_at", "timestamp(3) with time zone"), ("tags", "array(varchar)")], []));
        model.AddCatalog("scratch");
    }
}
