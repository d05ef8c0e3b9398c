using System.Runtime.CompilerServices;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// A string with <c>${expr}</c> in it, split once into literal text and parsed expressions. A string that is exactly
/// one <c>${expr}</c> keeps the value's type (null when missing); otherwise each value is written as text (null is
/// empty). An expression that fails names the template and the expression.
/// </summary>
internal sealed class TextTemplate : ValueTemplate
{
    private readonly string _template;
    private readonly string[] _literals;
    private readonly (string Text, Expression Parsed)[] _expressions;

    /// <summary><paramref name="literals"/> has one more item than <paramref name="expressions"/>: text before, between and after them.</summary>
    private TextTemplate(string template, string[] literals, (string, Expression)[] expressions)
    {
        _template = template;
        _literals = literals;
        _expressions = expressions;
    }

    /// <summary>A constant for a string without <c>${</c>, else the parsed text; a syntax error throws naming the expression.</summary>
    public static ValueTemplate Compile(string template, string text)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return new ConstantTemplate(text);
        }

        if (start == 0 && FindClose(text, 2) == text.Length - 1)
        {
            return new TextTemplate(template, [], [Parse(template, text[2..^1])]);
        }

        var literals = new List<string>();
        var expressions = new List<(string, Expression)>();
        var position = 0;
        while (start >= 0)
        {
            literals.Add(text[position..start]);
            var close = FindClose(text, start + 2);
            if (close < 0)
            {
                throw new CardTemplateException(template, text[start..], "missing '}'", new FormatException("missing '}'"));
            }

            expressions.Add(Parse(template, text[(start + 2)..close]));
            position = close + 1;
            start = text.IndexOf("${", position, StringComparison.Ordinal);
        }

        literals.Add(text[position..]);
        return new TextTemplate(template, [.. literals], [.. expressions]);
    }

    public override TemplateValue Evaluate(in TemplateScope scope)
    {
        if (_literals.Length == 0)
        {
            return Evaluate(_expressions[0], scope);
        }

        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        for (var i = 0; i < _expressions.Length; i++)
        {
            text.AppendLiteral(_literals[i]);
            text.AppendLiteral(Evaluate(_expressions[i], scope).ToText());
        }

        text.AppendLiteral(_literals[^1]);
        return text.ToStringAndClear();
    }

    private TemplateValue Evaluate((string Text, Expression Parsed) expression, in TemplateScope scope)
    {
        try
        {
            return expression.Parsed.Evaluate(scope);
        }
        catch (FormatException ex)
        {
            throw new CardTemplateException(_template, expression.Text, ex.Message, ex);
        }
    }

    private static (string, Expression) Parse(string template, string expression)
    {
        try
        {
            return (expression, ExpressionParser.Parse(expression));
        }
        catch (FormatException ex)
        {
            throw new CardTemplateException(template, expression, ex.Message, ex);
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
