namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>List paging: <c>after</c> is the cursor of the next page, absent on the last one.</summary>
public sealed record OmPaging(string? After = null, string? Before = null, int Total = 0);
