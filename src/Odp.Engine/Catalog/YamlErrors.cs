using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Odp.Engine.Catalog;

/// <summary>Turns YamlDotNet exceptions into "line 4, column 7: ..." messages. Shared with the directory loader.</summary>
internal static partial class YamlErrors
{
    public static string Describe(YamlException ex)
    {
        var detail = ex;
        while (detail.InnerException is YamlException inner) detail = inner;
        var reason = Clean(detail.InnerException?.Message ?? detail.Message);
        return $"the YAML is not valid at line {ex.Start.Line}, column {ex.Start.Column}: {reason}";
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the line is reported separately.
    private static string Clean(string message) => MarkPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
