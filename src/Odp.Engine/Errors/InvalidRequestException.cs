namespace Odp.Engine.Errors;

public sealed class InvalidRequestException(string message, string? usage = null) : UserFacingException(message, usage);
