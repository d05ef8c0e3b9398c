using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Odp.Engine.Catalog;

/// <summary>Turns YamlDotNet exceptions into "line 4, column 7: ..." messages. Shared with the directory loader.</summary>
internal static partial class YamlErrors
{
    private const string Fallback =
        "the text could not be read as YAML here. Look for an unclosed [ or quote, or for indentation that does not line up.";

    public static string Describe(YamlException ex)
    {
        var detail = ex;
        while (detail.InnerException is YamlException inner) detail = inner;
        var reason = detail.InnerException switch
        {
            null => detail.Message,
            InvalidOperationException => Fallback,
            var other => other.Message,
        };
        return $"the YAML is not valid at line {ex.Start.Line}, column {ex.Start.Column}: {Clean(reason)}";
    }

    private static string Clean(string message)
    {
        var text = MarkPrefix().Replace(message, "");
        text = MarkSuffix().Replace(text, "");
        text = Expected().Replace(text, m => $"expected {Shape(m.Groups[1].Value)} but found {Shape(m.Groups[2].Value)}");
        text = text.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    private static string Shape(string yamlEvent) => yamlEvent switch
    {
        "SequenceStart" => "a list",
        "MappingStart" => "a set of key: value fields",
        "Scalar" => "a single value",
        _ => yamlEvent,
    };

    // Older YamlDotNet versions prefix messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): ".
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex(@"\s*\(at Line: \d+, Col: \d+, Idx: \d+\)\.?")]
    private static partial Regex MarkSuffix();

    [GeneratedRegex(@"Expected '(\w+)', got '(\w+)'")]
    private static partial Regex Expected();
}
