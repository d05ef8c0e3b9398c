namespace Odp.Bot.Cards.Templating;

/// <summary>
/// A parsed expression (the text between <c>${</c> and <c>}</c>), made once when a template is loaded by
/// <see cref="ExpressionParser"/> and evaluated for every card. Every operand is evaluated, left to right (no
/// short-circuit), as the expression reads. Errors of types and values throw <see cref="FormatException"/>.
/// </summary>
internal abstract class Expression
{
    public abstract TemplateValue Evaluate(in TemplateScope scope);
}

internal sealed class ConstantExpression(TemplateValue value) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope) => value;
}

/// <summary><c>$data</c>, <c>$root</c> or <c>$index</c>.</summary>
internal sealed class ScopeExpression(string name) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope) => name switch
    {
        "$data" => scope.Data,
        "$root" => scope.Root,
        _ => scope.Index >= 0 ? scope.Index : TemplateValue.Null,
    };
}

/// <summary><c>name</c> (a member of <c>$data</c>) or <c>target.name</c>.</summary>
internal sealed class MemberExpression(Expression? target, string name) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope) =>
        TemplateOperators.Member(target is null ? scope.Data : target.Evaluate(scope), name);
}

/// <summary><c>target[index]</c>: an array item by number, an object member by string.</summary>
internal sealed class IndexExpression(Expression target, Expression index) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope)
    {
        var value = target.Evaluate(scope);
        return TemplateOperators.Index(value, index.Evaluate(scope));
    }
}

/// <summary><c>!x</c> or <c>-x</c>.</summary>
internal sealed class UnaryExpression(string op, Expression operand) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope)
    {
        var value = operand.Evaluate(scope);
        if (op == "!")
        {
            return !value.IsTruthy;
        }

        return value.TryNumber(out var n) ? TemplateValue.Number(-n) : throw new FormatException("unary '-' needs a number");
    }
}

/// <summary>A binary operator; both sides are always evaluated.</summary>
internal sealed class BinaryExpression(string op, Expression left, Expression right) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope)
    {
        var l = left.Evaluate(scope);
        var r = right.Evaluate(scope);
        switch (op)
        {
            case "||":
                return l.IsTruthy || r.IsTruthy;
            case "&&":
                return l.IsTruthy && r.IsTruthy;
            case "==":
                return TemplateOperators.AreEqual(l, r);
            case "!=":
                return !TemplateOperators.AreEqual(l, r);
            case "+" or "-":
                if (l.TryNumber(out var a) && r.TryNumber(out var b))
                {
                    return TemplateValue.Number(op == "+" ? a + b : a - b);
                }

                return op == "+" ? string.Concat(l.ToText(), r.ToText()) : throw new FormatException("operator '-' needs two numbers");
            default:
                if (l.IsNull || r.IsNull)
                {
                    return false;
                }

                var order = TemplateOperators.Compare(l, r, op);
                return op switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 };
        }
    }
}

/// <summary>A call of one of the <see cref="ExpressionFunctions"/> (name and arity checked when parsed).</summary>
internal sealed class CallExpression(string name, Expression[] arguments) : Expression
{
    public override TemplateValue Evaluate(in TemplateScope scope) => ExpressionFunctions.Call(name, arguments, scope);
}
