namespace Odp.Engine.Errors;

/// <summary>The user is known but may not do this (not an owner, self-approval, someone else's ticket).</summary>
public sealed class NotAllowedException(string message, ErrorHint? hint = null) : UserFacingException(message, hint: hint);
