namespace Odp.Engine.Errors;

/// <summary>
/// An error whose message is written for the person who typed the command: explicit, kind, and safe to show.
/// Anything else is logged with a reference id and shown as "something went wrong".
/// </summary>
public class UserFacingException(string message, string? usage = null, ErrorHint? hint = null) : Exception(message)
{
    /// <summary>How to get it right, e.g. a usage line. Optional.</summary>
    public string? Usage { get; } = usage;

    /// <summary>What the person can do next, for each way in to say in its own words. Optional.</summary>
    public ErrorHint? Hint { get; } = hint;
}
