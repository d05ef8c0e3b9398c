namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>A tag on a table or column; <c>tagFQN</c> looks like <c>PII.Sensitive</c>.</summary>
public sealed record OmTagLabel(string TagFQN, string? Source = null);
