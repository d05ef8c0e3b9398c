using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// Between JSON and <see cref="TemplateValue"/>: JSON data for a template (tests, samples) and the expanded template as
/// JSON. A number keeps its JSON text both ways; a computed number is written as an integer when it is one.
/// </summary>
public static class TemplateJson
{
    public static TemplateValue From(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return TemplateValue.Null;
            case JsonObject obj:
                var properties = new (string, TemplateValue)[obj.Count];
                var i = 0;
                foreach (var (name, value) in obj)
                {
                    properties[i++] = (name, From(value));
                }

                return new TemplateObject(properties);
            case JsonArray array:
                return TemplateValue.Array([.. array.Select(From)]);
        }

        var scalar = node.AsValue();
        return scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.TryGetValue(out string? text) ? text : scalar.Deserialize<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(scalar),
            _ => TemplateValue.Null,
        };
    }

    public static JsonNode? ToNode(TemplateValue value)
    {
        switch (value.Kind)
        {
            case TemplateKind.Null:
                return null;
            case TemplateKind.String:
                return JsonValue.Create(value.AsString);
            case TemplateKind.True or TemplateKind.False:
                return JsonValue.Create(value.IsTruthy);
            case TemplateKind.Number:
                value.TryNumber(out var number);
                return value.RawNumber is { } raw ? JsonNode.Parse(raw)
                    : number == Math.Floor(number) && Math.Abs(number) < long.MaxValue ? JsonValue.Create((long)number)
                    : JsonValue.Create(number);
            case TemplateKind.Object:
                var obj = new JsonObject();
                foreach (var (name, item) in value.AsObject!.Properties)
                {
                    obj[name] = ToNode(item);
                }

                return obj;
            default:
                var array = new JsonArray();
                for (var i = 0; i < value.Count; i++)
                {
                    array.Add(ToNode(value[i]));
                }

                return array;
        }
    }

    /// <summary>Compact JSON with the default (HTML-safe) escaping, as <see cref="JsonNode.ToJsonString"/> writes it.</summary>
    internal static string ToJsonString(TemplateValue value) =>
        CardJson.Write(false, value, static (writer, v) => v.WriteTo(writer), static json => Encoding.UTF8.GetString(json));

    private static TemplateValue Number(JsonValue value)
    {
        var raw = value.ToJsonString();
        var number = value.TryGetValue(out double d) ? d : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return TemplateValue.Number(number, raw);
    }
}
