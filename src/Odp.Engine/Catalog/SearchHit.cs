namespace Odp.Engine.Catalog;

public sealed record SearchHit(Dataset Dataset, double Score);
