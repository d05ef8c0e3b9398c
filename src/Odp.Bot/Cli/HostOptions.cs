namespace Odp.Bot.Cli;

/// <summary>The options every host command shares.</summary>
public sealed record HostOptions(string? Data, string? Catalog, string? Directory);
