namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>OpenMetadata refused or failed a call in a way a retry will not fix.</summary>
public sealed class OpenMetadataException(string message, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;
}
