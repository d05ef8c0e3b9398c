using System.Globalization;
using System.Text.Json;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// A value a card template reads or produces: null (also what is missing), true, false, a number, a string, an array
/// or an object (<see cref="TemplateObject"/>); the same kinds as JSON. It wraps one reference, so it costs no more than
/// a field. Card data is built with the implicit conversions, <see cref="List(IReadOnlyList{string})"/> and
/// <see cref="TemplateObject"/>; <see cref="TemplateJson.From"/> reads JSON. Immutable: expressions read data, never
/// change it.
/// </summary>
public readonly struct TemplateValue
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly TemplateNumber[] SmallIntegers = [.. Enumerable.Range(0, 64).Select(i => new TemplateNumber(i, null))];

    private readonly object? _value;

    private TemplateValue(object? value) => _value = value;

    public static TemplateValue Null => default;

    internal TemplateKind Kind => _value switch
    {
        null => TemplateKind.Null,
        string => TemplateKind.String,
        TemplateObject => TemplateKind.Object,
        TemplateValue[] => TemplateKind.Array,
        bool b => b ? TemplateKind.True : TemplateKind.False,
        TemplateNumber => TemplateKind.Number,
        _ => TemplateKind.Array,
    };

    internal bool IsNull => _value is null;

    /// <summary>Everything but null and false is true (also 0 and the empty string).</summary>
    internal bool IsTruthy => _value is not (null or false);

    internal string? AsString => _value as string;

    internal TemplateObject? AsObject => _value as TemplateObject;

    internal bool TryNumber(out double number)
    {
        number = _value is TemplateNumber n ? n.Value : 0;
        return _value is TemplateNumber;
    }

    /// <summary>The number's text as it was written in JSON, or null for a computed number.</summary>
    internal string? RawNumber => (_value as TemplateNumber)?.Raw;

    /// <summary>Items of an array (0 for anything else).</summary>
    internal int Count => _value switch
    {
        TemplateValue[] items => items.Length,
        IReadOnlyList<string> texts => texts.Count,
        _ => 0,
    };

    internal TemplateValue this[int index] => _value switch
    {
        TemplateValue[] items => items[index],
        IReadOnlyList<string> texts => texts[index],
        _ => throw new InvalidOperationException("Not an array."),
    };

    public static implicit operator TemplateValue(string? text) => new(text);

    public static implicit operator TemplateValue(bool value) => new(value ? True : False);

    public static implicit operator TemplateValue(int value) => Number(value);

    public static implicit operator TemplateValue(TemplateObject? value) => new(value);

    /// <summary>An array of texts, read in place (not copied): the list must not change while a card is built.</summary>
    public static TemplateValue List(IReadOnlyList<string> texts) => new(texts ?? throw new ArgumentNullException(nameof(texts)));

    /// <summary>An array of texts from any sequence (copied).</summary>
    public static TemplateValue List(IEnumerable<string?> texts) => new(texts.Select(t => (TemplateValue)t).ToArray());

    /// <summary>An array with one value per item, e.g. one object per search hit.</summary>
    public static TemplateValue List<T>(IEnumerable<T> items, Func<T, TemplateValue> value)
    {
        if (items is IReadOnlyList<T> list)
        {
            var values = new TemplateValue[list.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(list[i]);
            }

            return new(values);
        }

        return new(items.Select(value).ToArray());
    }

    internal static TemplateValue Array(TemplateValue[] items) => new(items);

    internal static TemplateValue Number(double number, string? raw = null) =>
        raw is null && number >= 0 && number < SmallIntegers.Length && number == Math.Floor(number)
            ? new(SmallIntegers[(int)number])
            : new(new TemplateNumber(number, raw));

    /// <summary>
    /// The text of the value inside a larger string: null is empty, numbers in invariant culture, arrays and objects
    /// as compact JSON.
    /// </summary>
    internal string ToText() => _value switch
    {
        null => string.Empty,
        string text => text,
        bool b => b ? "true" : "false",
        TemplateNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => TemplateJson.ToJsonString(this),
    };

    internal void WriteTo(Utf8JsonWriter writer)
    {
        switch (_value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case TemplateNumber { Raw: { } raw }:
                writer.WriteRawValue(raw, skipInputValidation: true);
                break;
            case TemplateNumber n when n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) < long.MaxValue:
                writer.WriteNumberValue((long)n.Value);
                break;
            case TemplateNumber n:
                writer.WriteNumberValue(n.Value);
                break;
            case TemplateObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.Properties)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartArray();
                for (var i = 0; i < Count; i++)
                {
                    this[i].WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
        }
    }

    public override string ToString() => ToText();

    /// <summary>A number, with its JSON text when it was read from JSON (so it is written back the same).</summary>
    private sealed record TemplateNumber(double Value, string? Raw);
}
