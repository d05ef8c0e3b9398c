using System.Globalization;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// Recursive-descent parser that evaluates an expression while parsing it.
/// Grammar: or := and ('||' and)*; and := eq ('&amp;&amp;' eq)*; eq := cmp (('=='|'!=') cmp)*;
/// cmp := add (('&lt;'|'&lt;='|'&gt;'|'&gt;=') add)*; add := unary (('+'|'-') unary)*;
/// unary := ('!'|'-') unary | postfix; postfix := primary ('.' name | '[' or ']')*;
/// primary := literal | name | name '(' args ')' | '(' or ')'.
/// </summary>
internal sealed class ExpressionEvaluator(string expression, TemplateScope scope)
{
    private readonly List<Token> _tokens = ExpressionLexer.Tokenize(expression);
    private int _position;

    public static JsonNode? Evaluate(string expression, TemplateScope scope)
    {
        var evaluator = new ExpressionEvaluator(expression, scope);
        var value = evaluator.ParseOr();
        if (evaluator.Current.Kind != TokenKind.End)
        {
            throw new FormatException($"unexpected '{evaluator.Current.Text}' at {evaluator.Current.Position}");
        }

        return value;
    }

    private Token Current => _tokens[_position];

    private bool Accept(string op)
    {
        if (Current.Kind == TokenKind.Operator && Current.Text == op)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!Accept(op))
        {
            throw new FormatException($"expected '{op}' at {Current.Position}");
        }
    }

    private JsonNode? ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            var right = ParseAnd();
            left = JsonValue.Create(JsonValues.IsTruthy(left) || JsonValues.IsTruthy(right));
        }

        return left;
    }

    private JsonNode? ParseAnd()
    {
        var left = ParseEquality();
        while (Accept("&&"))
        {
            var right = ParseEquality();
            left = JsonValue.Create(JsonValues.IsTruthy(left) && JsonValues.IsTruthy(right));
        }

        return left;
    }

    private JsonNode? ParseEquality()
    {
        var left = ParseComparison();
        while (true)
        {
            if (Accept("=="))
            {
                left = JsonValue.Create(JsonValues.AreEqual(left, ParseComparison()));
            }
            else if (Accept("!="))
            {
                left = JsonValue.Create(!JsonValues.AreEqual(left, ParseComparison()));
            }
            else
            {
                return left;
            }
        }
    }

    private JsonNode? ParseComparison()
    {
        var left = ParseAdditive();
        while (Current.Kind == TokenKind.Operator && Current.Text is "<" or "<=" or ">" or ">=")
        {
            var op = Current.Text;
            _position++;
            var right = ParseAdditive();
            if (JsonValues.IsNull(left) || JsonValues.IsNull(right))
            {
                left = JsonValue.Create(false);
                continue;
            }

            var order = JsonValues.Compare(left, right, op);
            left = JsonValue.Create(op switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 });
        }

        return left;
    }

    private JsonNode? ParseAdditive()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Operator && Current.Text is "+" or "-")
        {
            var op = Current.Text;
            _position++;
            var right = ParseUnary();
            if (JsonValues.TryNumber(left, out var a) && JsonValues.TryNumber(right, out var b))
            {
                left = JsonValues.FromNumber(op == "+" ? a + b : a - b);
            }
            else if (op == "+")
            {
                left = JsonValue.Create(JsonValues.ToText(left) + JsonValues.ToText(right));
            }
            else
            {
                throw new FormatException("operator '-' needs two numbers");
            }
        }

        return left;
    }

    private JsonNode? ParseUnary()
    {
        if (Accept("!"))
        {
            return JsonValue.Create(!JsonValues.IsTruthy(ParseUnary()));
        }

        if (Accept("-"))
        {
            return JsonValues.TryNumber(ParseUnary(), out var n)
                ? JsonValues.FromNumber(-n)
                : throw new FormatException("unary '-' needs a number");
        }

        return ParsePostfix();
    }

    private JsonNode? ParsePostfix()
    {
        var value = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                if (Current.Kind != TokenKind.Identifier)
                {
                    throw new FormatException($"expected a property name at {Current.Position}");
                }

                value = JsonValues.Member(value, Current.Text);
                _position++;
            }
            else if (Accept("["))
            {
                var index = ParseOr();
                Expect("]");
                value = JsonValues.Index(value, index);
            }
            else
            {
                return value;
            }
        }
    }

    private JsonNode? ParsePrimary()
    {
        var token = Current;
        _position++;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return JsonValues.FromNumber(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            case TokenKind.String:
                return JsonValue.Create(token.Text);
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseOr();
                Expect(")");
                return inner;
            case TokenKind.Identifier when Accept("("):
                return ExpressionFunctions.Call(token.Text, ParseArguments());
            case TokenKind.Identifier:
                return Identifier(token.Text);
            default:
                throw new FormatException(token.Kind == TokenKind.End
                    ? "unexpected end of expression"
                    : $"unexpected '{token.Text}' at {token.Position}");
        }
    }

    private List<JsonNode?> ParseArguments()
    {
        var args = new List<JsonNode?>();
        if (Accept(")"))
        {
            return args;
        }

        do
        {
            args.Add(ParseOr());
        }
        while (Accept(","));

        Expect(")");
        return args;
    }

    private JsonNode? Identifier(string name) => name switch
    {
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        "null" => null,
        "$data" => scope.Data,
        "$root" => scope.Root,
        "$index" => scope.Index is { } i ? JsonValue.Create(i) : null,
        _ when name.StartsWith('$') => throw new FormatException($"unknown scope '{name}'"),
        _ => JsonValues.Member(scope.Data, name),
    };
}
