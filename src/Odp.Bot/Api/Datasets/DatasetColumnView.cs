namespace Odp.Bot.Api.Datasets;

public sealed record DatasetColumnView(string Name, string Type, string Description);
