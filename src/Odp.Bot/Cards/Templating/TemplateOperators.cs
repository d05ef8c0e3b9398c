namespace Odp.Bot.Cards.Templating;

/// <summary>What the expression operators do with values: equality, ordering, member and index access.</summary>
internal static class TemplateOperators
{
    /// <summary>Null equals only null; numbers compare by value; anything else must be deeply equal JSON.</summary>
    public static bool AreEqual(TemplateValue left, TemplateValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return left.IsNull && right.IsNull;
        }

        if (left.TryNumber(out var a) && right.TryNumber(out var b))
        {
            return a.Equals(b);
        }

        return DeepEquals(left, right);
    }

    public static int Compare(TemplateValue left, TemplateValue right, string op)
    {
        if (left.TryNumber(out var a) && right.TryNumber(out var b))
        {
            return a.CompareTo(b);
        }

        if (left.AsString is { } s && right.AsString is { } t)
        {
            return string.CompareOrdinal(s, t);
        }

        throw new FormatException($"operator '{op}' needs two numbers or two strings");
    }

    public static TemplateValue Member(TemplateValue target, string name) =>
        target.AsObject is { } obj ? obj[name] : TemplateValue.Null;

    public static TemplateValue Index(TemplateValue target, TemplateValue index)
    {
        if (target.Kind == TemplateKind.Array && index.TryNumber(out var n))
        {
            var i = (int)n;
            return i >= 0 && i < target.Count ? target[i] : TemplateValue.Null;
        }

        return index.AsString is { } key ? Member(target, key) : TemplateValue.Null;
    }

    /// <summary>JSON equality: same kind, numbers by value, strings ordinal, arrays item by item, objects by name.</summary>
    private static bool DeepEquals(TemplateValue left, TemplateValue right)
    {
        var kind = left.Kind;
        if (kind != right.Kind)
        {
            return false;
        }

        switch (kind)
        {
            case TemplateKind.Number:
                left.TryNumber(out var a);
                right.TryNumber(out var b);
                return a.Equals(b);
            case TemplateKind.String:
                return string.Equals(left.AsString, right.AsString, StringComparison.Ordinal);
            case TemplateKind.Array:
                if (left.Count != right.Count)
                {
                    return false;
                }

                for (var i = 0; i < left.Count; i++)
                {
                    if (!ItemEquals(left[i], right[i]))
                    {
                        return false;
                    }
                }

                return true;
            case TemplateKind.Object:
                var (l, r) = (left.AsObject!, right.AsObject!);
                if (l.Count != r.Count)
                {
                    return false;
                }

                foreach (var (name, value) in l.Properties)
                {
                    if (!r.TryGet(name, out var other) || !ItemEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool ItemEquals(TemplateValue left, TemplateValue right) =>
        left.IsNull || right.IsNull ? left.IsNull && right.IsNull : DeepEquals(left, right);
}
