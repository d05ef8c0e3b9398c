using System.Text;
using System.Text.RegularExpressions;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// A <c>.dockerignore</c> as Docker reads it: one pattern a line (<c>#</c> comments), <c>*</c> and <c>?</c> within one
/// path segment, <c>**</c> across any number, <c>!</c> re-includes, the last matching line wins, and a pattern that
/// matches a folder matches everything under it.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Include, string LiteralPrefix)> rules = [];

    public DockerIgnore(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var include = line.StartsWith('!');
            var pattern = (include ? line[1..] : line).Trim().Trim('/');
            var wildcard = pattern.IndexOfAny(['*', '?', '[']);
            rules.Add((ToRegex(pattern), include, wildcard < 0 ? pattern : pattern[..wildcard]));
        }
    }

    /// <summary>Whether a path relative to the context root (with <c>/</c>) is left out of the context.</summary>
    public bool Excludes(string path)
    {
        var excluded = false;
        foreach (var (pattern, include, _) in rules)
        {
            if (MatchesOrParentMatches(pattern, path)) excluded = !include;
        }
        return excluded;
    }

    /// <summary>An excluded folder can be skipped whole unless a <c>!</c> line could bring back something under it.</summary>
    public bool CanSkip(string folder) =>
        Excludes(folder) && !rules.Any(r => r.Include && (r.LiteralPrefix.Length == 0 || r.LiteralPrefix.StartsWith(folder + "/", StringComparison.Ordinal)));

    private static bool MatchesOrParentMatches(Regex pattern, string path)
    {
        if (pattern.IsMatch(path)) return true;
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (pattern.IsMatch(path[..slash])) return true;
        }
        return false;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slashFollows ? "(.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
