namespace Odp.Engine.Errors;

public sealed class NotFoundException(string message, string? usage = null) : UserFacingException(message, usage);
