namespace Odp.Engine.Catalog;

public sealed record DatasetColumn(string Name, string Type, string Description);
