using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// A rule field as Trino reads it: a Java regex that must match the WHOLE name (<c>Matcher.matches()</c>), so it
/// is wrapped in <c>\A(?:…)\z</c>. An unset field means <c>.*</c>. .NET and Java agree on the subset rules use
/// (literals, escapes, classes, alternation, groups, greedy and lazy quantifiers); known differences: Java's
/// possessive quantifiers (<c>a*+</c>) and <c>\p{javaLowerCase}</c>-style classes are not .NET syntax (such a rule
/// throws <see cref="FormatException"/> here), and .NET's <c>\w</c>, <c>\d</c> are Unicode-aware where Java's are
/// ASCII unless <c>(?U)</c> is set.
/// </summary>
public static class TrinoRulePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool Matches(string? pattern, string name)
    {
        if (pattern is null) return true;
        return Cache.GetOrAdd(pattern, Compile).IsMatch(name);
    }

    /// <summary>True when the pattern is set and some name in <paramref name="names"/> matches it whole.</summary>
    public static bool MatchesAny(string? pattern, IEnumerable<string> names) =>
        pattern is null || names.Any(n => Matches(pattern, n));

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex($@"\A(?:{pattern})\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The rule pattern '{pattern}' is not a regex this evaluator can read: {e.Message}", e);
        }
    }
}
