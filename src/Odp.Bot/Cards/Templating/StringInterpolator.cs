using System.Text;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>Expands <c>${expr}</c> occurrences inside one JSON string value.</summary>
internal static class StringInterpolator
{
    /// <summary>
    /// A string that is exactly one <c>${expr}</c> keeps the value's JSON type (null when missing);
    /// otherwise each expression is interpolated as text (null/missing becomes empty).
    /// </summary>
    public static JsonNode? Expand(string text, TemplateScope scope, Func<string, Exception, Exception> fail)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return JsonValue.Create(text);
        }

        if (start == 0 && FindClose(text, 2) == text.Length - 1)
        {
            return JsonValues.Clone(Evaluate(text[2..^1], scope, fail));
        }

        var result = new StringBuilder();
        var position = 0;
        while (start >= 0)
        {
            result.Append(text, position, start - position);
            var close = FindClose(text, start + 2);
            if (close < 0)
            {
                throw fail(text[start..], new FormatException("missing '}'"));
            }

            result.Append(JsonValues.ToText(Evaluate(text[(start + 2)..close], scope, fail)));
            position = close + 1;
            start = text.IndexOf("${", position, StringComparison.Ordinal);
        }

        result.Append(text, position, text.Length - position);
        return JsonValue.Create(result.ToString());
    }

    private static JsonNode? Evaluate(string expression, TemplateScope scope, Func<string, Exception, Exception> fail)
    {
        try
        {
            return ExpressionEvaluator.Evaluate(expression, scope);
        }
        catch (FormatException ex)
        {
            throw fail(expression, ex);
        }
    }

    /// <summary>Index of the '}' closing an expression that starts at <paramref name="from"/>, or -1.</summary>
    private static int FindClose(string text, int from)
    {
        var depth = 0;
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }
}
