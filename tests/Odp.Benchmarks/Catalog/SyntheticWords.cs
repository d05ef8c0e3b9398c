namespace Odp.Benchmarks.Catalog;

/// <summary>The word lists the synthetic catalog draws from: a data lake's usual vocabulary.</summary>
internal static class SyntheticWords
{
    public static readonly string[] Catalogs = ["lake", "warehouse", "crm", "erp", "events", "ml", "finance", "hive", "raw", "mart"];

    public static readonly string[] Domains =
        ["sales", "marketing", "finance", "hr", "support", "product", "logistics", "risk", "legal", "engineering", "growth", "billing", "security", "supply", "analytics"];

    public static readonly string[] SchemaWords =
        ["core", "staging", "curated", "reporting", "archive", "ops", "ledger", "crm", "web", "mobile", "partner", "retail", "wholesale", "emea", "apac", "amer", "internal", "external", "daily", "adhoc"];

    public static readonly string[] Entities =
    [
        "customer", "order", "invoice", "payment", "refund", "shipment", "product", "account", "contact", "lead",
        "opportunity", "campaign", "click", "session", "pageview", "employee", "salary", "ticket", "incident", "churn",
        "subscription", "plan", "discount", "coupon", "cart", "checkout", "warehouse", "inventory", "supplier", "vendor",
        "contract", "claim", "policy", "premium", "loan", "transaction", "transfer", "balance", "ledger", "journal",
        "budget", "forecast", "revenue", "cost", "margin", "store", "region", "country", "city", "address",
        "device", "install", "crash", "event", "experiment", "variant", "feature", "model", "prediction", "score",
        "review", "rating", "survey", "response", "message", "email", "notification", "call", "chat", "visit",
        "booking", "reservation", "flight", "hotel", "route", "vehicle", "driver", "delivery", "parcel", "return",
        "fraud", "alert", "risk", "exposure", "asset", "trade", "position", "price", "quote", "market",
    ];

    public static readonly string[] Qualifiers =
    [
        "daily", "weekly", "monthly", "hourly", "snapshot", "history", "current", "latest", "raw", "clean",
        "enriched", "aggregated", "summary", "detail", "facts", "dim", "stats", "metrics", "segments", "features",
        "audit", "log", "events", "items", "lines", "status", "changes", "scores", "totals", "counts",
    ];

    public static readonly string[] Suffixes = ["", "", "", "v2", "v3", "tmp", "backup", "eu", "us", "test"];

    public static readonly string[] Tags =
        ["pii", "gold", "silver", "bronze", "gdpr", "sox", "certified", "deprecated", "experimental", "sensitive", "public", "internal", "finance", "realtime", "batch", "ml", "kpi", "restricted", "core", "external"];

    public static readonly string[] ColumnWords =
    [
        "id", "name", "email", "phone", "created_at", "updated_at", "deleted_at", "amount", "currency", "status",
        "country_code", "region", "city", "zip", "price", "quantity", "discount", "tax", "total", "score",
        "segment", "channel", "source", "campaign_id", "customer_id", "order_id", "product_id", "account_id", "session_id", "user_id",
        "is_active", "is_churned", "churn_probability", "lifetime_value", "first_seen", "last_seen", "event_type", "event_time", "device_type", "browser",
        "ip_address", "latitude", "longitude", "category", "subcategory", "brand", "sku", "margin", "cost", "revenue",
    ];

    public static readonly string[] DescriptionWords =
    [
        "nightly", "load", "from", "the", "source", "system", "with", "one", "row", "per",
        "used", "for", "reporting", "and", "analysis", "of", "by", "team", "joined", "to",
        "deduplicated", "partitioned", "by", "date", "includes", "late", "arriving", "records", "refreshed", "every",
    ];

    public static readonly string[] People =
        ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "zoe"];
}
