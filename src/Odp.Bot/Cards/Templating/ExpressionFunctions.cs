using System.Runtime.CompilerServices;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// The built-in functions of the templating subset. Names and argument counts are checked when an expression is
/// parsed (<see cref="Check"/>); every argument is evaluated, left to right, before the function runs.
/// </summary>
internal static class ExpressionFunctions
{
    /// <summary>Throws <see cref="FormatException"/> for an unknown function or a wrong number of arguments.</summary>
    public static void Check(string name, int count)
    {
        int? expected = name switch
        {
            "if" => 3,
            "join" => 2,
            "count" or "length" or "empty" or "exists" or "not" or "toUpper" or "toLower" or "string" => 1,
            "concat" => null,
            _ => throw new FormatException($"unknown function '{name}'"),
        };
        if (expected is { } n && n != count)
        {
            throw new FormatException($"function '{name}' takes {n} argument(s), got {count}");
        }
    }

    public static TemplateValue Call(string name, Expression[] args, in TemplateScope scope)
    {
        if (name == "concat")
        {
            return Concat(args, scope);
        }

        var first = args[0].Evaluate(scope);
        switch (name)
        {
            case "if":
                var then = args[1].Evaluate(scope);
                var otherwise = args[2].Evaluate(scope);
                return first.IsTruthy ? then : otherwise;
            case "join":
                return Join(name, first, args[1].Evaluate(scope));
            case "count" or "length":
                return Count(name, first);
            case "empty":
                return IsEmpty(first);
            case "exists":
                return !first.IsNull;
            case "not":
                return !first.IsTruthy;
            case "toUpper":
                return first.ToText().ToUpperInvariant();
            case "toLower":
                return first.ToText().ToLowerInvariant();
            default:
                return first.ToText();
        }
    }

    private static int Count(string name, TemplateValue value) => value.Kind switch
    {
        TemplateKind.Null => 0,
        TemplateKind.Array => value.Count,
        TemplateKind.Object => value.AsObject!.Count,
        TemplateKind.String => value.AsString!.Length,
        _ => throw new FormatException($"function '{name}' needs an array, object or string"),
    };

    private static bool IsEmpty(TemplateValue value) => value.Kind switch
    {
        TemplateKind.Null => true,
        TemplateKind.Array => value.Count == 0,
        TemplateKind.Object => value.AsObject!.Count == 0,
        TemplateKind.String => value.AsString!.Length == 0,
        _ => false,
    };

    private static string Join(string name, TemplateValue items, TemplateValue separator)
    {
        if (items.IsNull)
        {
            return string.Empty;
        }

        if (items.Kind != TemplateKind.Array)
        {
            throw new FormatException($"function '{name}' needs an array as first argument");
        }

        var between = separator.ToText();
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(between);
            }

            text.AppendLiteral(items[i].ToText());
        }

        return text.ToStringAndClear();
    }

    private static TemplateValue Concat(Expression[] args, in TemplateScope scope)
    {
        var values = new Arguments();
        Span<TemplateValue> all = args.Length <= Arguments.Size ? values : new TemplateValue[args.Length];
        all = all[..args.Length];
        var arrays = args.Length > 0;
        for (var i = 0; i < args.Length; i++)
        {
            all[i] = args[i].Evaluate(scope);
            arrays &= all[i].Kind == TemplateKind.Array;
        }

        if (arrays)
        {
            var items = new List<TemplateValue>();
            foreach (var array in all)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    items.Add(array[i]);
                }
            }

            return TemplateValue.Array([.. items]);
        }

        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        foreach (var value in all)
        {
            text.AppendLiteral(value.ToText());
        }

        return text.ToStringAndClear();
    }

    /// <summary>Room for the arguments of a usual call on the stack.</summary>
    [InlineArray(Size)]
    private struct Arguments
    {
        public const int Size = 8;
        private TemplateValue _first;
    }
}
