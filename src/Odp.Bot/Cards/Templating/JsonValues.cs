using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>Conversions between expression values (<see cref="JsonNode"/>, null = null/missing) and CLR values.</summary>
internal static class JsonValues
{
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => false,
        _ => true,
    };

    public static bool IsNull(JsonNode? value) => value is null || value.GetValueKind() == JsonValueKind.Null;

    public static bool TryNumber(JsonNode? value, out double number)
    {
        number = 0;
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out number)
            || value is JsonValue w && w.GetValueKind() == JsonValueKind.Number
                && double.TryParse(w.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static string? AsString(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Text form used when an expression is interpolated into a larger string.</summary>
    public static string ToText(JsonNode? value)
    {
        if (IsNull(value))
        {
            return string.Empty;
        }

        return value!.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => TryNumber(value, out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.ToJsonString(),
            _ => value.ToJsonString(),
        };
    }

    public static JsonNode? Clone(JsonNode? value) => value?.DeepClone();

    public static JsonNode FromNumber(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < long.MaxValue
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);

    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (IsNull(left) || IsNull(right))
        {
            return IsNull(left) && IsNull(right);
        }

        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a.Equals(b);
        }

        return JsonNode.DeepEquals(left, right);
    }

    public static int Compare(JsonNode? left, JsonNode? right, string op)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a.CompareTo(b);
        }

        if (AsString(left) is { } s && AsString(right) is { } t)
        {
            return string.CompareOrdinal(s, t);
        }

        throw new FormatException($"operator '{op}' needs two numbers or two strings");
    }

    public static JsonNode? Member(JsonNode? target, string name) =>
        target is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    public static JsonNode? Index(JsonNode? target, JsonNode? index)
    {
        if (target is JsonArray array && JsonValues.TryNumber(index, out var n))
        {
            var i = (int)n;
            return i >= 0 && i < array.Count ? array[i] : null;
        }

        return AsString(index) is { } key ? Member(target, key) : null;
    }
}
