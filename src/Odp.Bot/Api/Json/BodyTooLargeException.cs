using Odp.Engine.Errors;

namespace Odp.Bot.Api.Json;

/// <summary>A request body over <see cref="JsonBody.MaxBytes"/>: a 413 problem that names the limit.</summary>
public sealed class BodyTooLargeException(string message) : UserFacingException(message);
