using System.Globalization;
using Odp.Engine.Errors;

namespace Odp.Engine.Budget;

/// <summary>
/// The longest text a person may type into a use case, checked before anything looks it up, stores it or repeats it
/// back: a 10 MB reason or team name costs one length check and is refused with a message naming the limit
/// ("A reason can be at most 2,000 characters; yours has 10,485,760."). Reasons are limited by
/// <c>AccessOptions.ReasonMaxLength</c>, searches by <c>SearchLimits.MaxLength</c>, names by <see cref="NameMaxLength"/>.
/// A message that repeats what was typed repeats at most <see cref="Echo"/> characters of it (<see cref="Shown"/>).
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// Dataset names, team and workspace names, user names, durations and ticket ids: longer than any name a catalog,
    /// a directory or Trino gives.
    /// </summary>
    public const int NameMaxLength = 512;

    /// <summary>How much of a typed text a message repeats.</summary>
    public const int Echo = 60;

    /// <summary>Refuses <paramref name="value"/> when it is longer than <see cref="NameMaxLength"/>; <paramref name="what"/> is e.g. "A team name".</summary>
    public static string? Name(string? value, string what) => Text(value, NameMaxLength, what);

    /// <summary>Refuses <paramref name="value"/> when it is longer than <paramref name="max"/>; <paramref name="what"/> is e.g. "A reason".</summary>
    public static string? Text(string? value, int max, string what)
    {
        if (value is not null && value.Length > max)
            throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture,
                $"{what} can be at most {max:N0} characters; yours has {value.Length:N0}."));
        return value;
    }

    /// <summary>
    /// The text as a message may repeat it: at most <see cref="Echo"/> characters, cut with an ellipsis, never between
    /// the two halves of a character outside the Basic Multilingual Plane.
    /// </summary>
    public static string Shown(string text)
    {
        if (text.Length <= Echo) return text;
        var cut = char.IsHighSurrogate(text[Echo - 1]) ? Echo - 1 : Echo;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
