using Odp.Engine.Budget;
using Odp.Engine.Errors;

namespace Odp.Engine.Access;

/// <summary>An access level as people type it: <c>read</c> (also when left out) or <c>write</c>, in any case.</summary>
public static class AccessLevels
{
    /// <summary>The level, or a kind refusal naming <paramref name="field"/> (<c>--access</c> in chat, <c>access</c> in a body).</summary>
    public static AccessLevel Parse(string? text, string field) =>
        InputLimits.Name(text, field)?.Trim().ToLowerInvariant() switch
        {
            null or "" or "read" => AccessLevel.Read,
            "write" => AccessLevel.Write,
            var other => throw new InvalidRequestException($"{field} is read or write, not '{other}'."),
        };
}
