namespace Odp.Engine.Errors;

/// <summary>
/// The service can't start as configured: a backend is unreachable or refuses the configured credentials. The message
/// names the setting to fix and never contains a secret.
/// </summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
