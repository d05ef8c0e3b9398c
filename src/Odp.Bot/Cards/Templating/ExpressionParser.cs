using System.Globalization;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// Recursive-descent parser from an expression's text to an <see cref="Expression"/>, run once per expression when a
/// template is loaded. Grammar: or := and ('||' and)*; and := eq ('&amp;&amp;' eq)*; eq := cmp (('=='|'!=') cmp)*;
/// cmp := add (('&lt;'|'&lt;='|'&gt;'|'&gt;=') add)*; add := unary (('+'|'-') unary)*;
/// unary := ('!'|'-') unary | postfix; postfix := primary ('.' name | '[' or ']')*;
/// primary := literal | name | name '(' args ')' | '(' or ')'. Syntax errors, unknown functions and scopes and wrong
/// argument counts throw <see cref="FormatException"/>.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private int _position;

    private ExpressionParser(string expression) => _tokens = ExpressionLexer.Tokenize(expression);

    public static Expression Parse(string expression)
    {
        var parser = new ExpressionParser(expression);
        var parsed = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new FormatException($"unexpected '{parser.Current.Text}' at {parser.Current.Position}");
        }

        return parsed;
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

    private Expression ParseOr() => ParseLeft(ParseAnd, "||");

    private Expression ParseAnd() => ParseLeft(ParseEquality, "&&");

    private Expression ParseEquality() => ParseLeft(ParseComparison, "==", "!=");

    private Expression ParseComparison() => ParseLeft(ParseAdditive, "<", "<=", ">", ">=");

    private Expression ParseAdditive() => ParseLeft(ParseUnary, "+", "-");

    /// <summary>Operands joined by any of <paramref name="operators"/>, grouped from the left.</summary>
    private Expression ParseLeft(Func<Expression> operand, params string[] operators)
    {
        var left = operand();
        while (Current.Kind == TokenKind.Operator && operators.Contains(Current.Text))
        {
            var op = Current.Text;
            _position++;
            left = new BinaryExpression(op, left, operand());
        }

        return left;
    }

    private Expression ParseUnary()
    {
        if (Accept("!"))
        {
            return new UnaryExpression("!", ParseUnary());
        }

        if (Accept("-"))
        {
            return new UnaryExpression("-", ParseUnary());
        }

        return ParsePostfix();
    }

    private Expression ParsePostfix()
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

                value = new MemberExpression(value, Current.Text);
                _position++;
            }
            else if (Accept("["))
            {
                var index = ParseOr();
                Expect("]");
                value = new IndexExpression(value, index);
            }
            else
            {
                return value;
            }
        }
    }

    private Expression ParsePrimary()
    {
        var token = Current;
        _position++;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new ConstantExpression(TemplateValue.Number(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)));
            case TokenKind.String:
                return new ConstantExpression(token.Text);
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseOr();
                Expect(")");
                return inner;
            case TokenKind.Identifier when Accept("("):
                var arguments = ParseArguments();
                ExpressionFunctions.Check(token.Text, arguments.Length);
                return new CallExpression(token.Text, arguments);
            case TokenKind.Identifier:
                return Identifier(token.Text);
            default:
                throw new FormatException(token.Kind == TokenKind.End
                    ? "unexpected end of expression"
                    : $"unexpected '{token.Text}' at {token.Position}");
        }
    }

    private Expression[] ParseArguments()
    {
        var args = new List<Expression>();
        if (Accept(")"))
        {
            return [];
        }

        do
        {
            args.Add(ParseOr());
        }
        while (Accept(","));

        Expect(")");
        return [.. args];
    }

    private static Expression Identifier(string name) => name switch
    {
        "true" => new ConstantExpression(true),
        "false" => new ConstantExpression(false),
        "null" => new ConstantExpression(TemplateValue.Null),
        "$data" or "$root" or "$index" => new ScopeExpression(name),
        _ when name.StartsWith('$') => throw new FormatException($"unknown scope '{name}'"),
        _ => new MemberExpression(null, name),
    };
}
