namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>A table column; <c>dataType</c> is upper case, e.g. <c>VARCHAR</c>.</summary>
public sealed record OmColumn(string Name, string? DataType = null, string? Description = null, string? DataTypeDisplay = null);
