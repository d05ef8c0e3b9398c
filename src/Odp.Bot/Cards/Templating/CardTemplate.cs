using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// An Adaptive Card template expanded with the templating subset: <c>${expr}</c>, <c>$data</c>, <c>$when</c>,
/// <c>$root</c>, <c>$index</c>. A string that is exactly one <c>${expr}</c> keeps the value's JSON type;
/// when that value is null or missing the property is removed (array items become null). An element whose
/// <c>$data</c> resolves to null or missing is dropped.
/// </summary>
public sealed class CardTemplate(string name, JsonNode template)
{
    public string Name { get; } = name;

    public static CardTemplate Parse(string name, string json)
    {
        try
        {
            return new CardTemplate(name, JsonNode.Parse(json) ?? throw new JsonException("template is JSON null"));
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException(name, null, $"invalid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Expands the template against <paramref name="data"/> (the <c>$root</c>).</summary>
    public JsonNode Expand(JsonNode? data)
    {
        var scope = new TemplateScope(data, data, null);
        var expanded = ExpandNode(template, scope).ToList();
        return expanded switch
        {
            [{ } single] => single,
            _ => throw new CardTemplateException(Name, null, $"the root must expand to exactly one element, got {expanded.Count}"),
        };
    }

    private IEnumerable<JsonNode?> ExpandNode(JsonNode? node, TemplateScope scope) => node switch
    {
        JsonObject obj => ExpandObject(obj, scope),
        JsonArray array => [ExpandArray(array, scope)],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [Interpolate(value.GetValue<string>(), scope)],
        _ => [JsonValues.Clone(node)],
    };

    private JsonArray ExpandArray(JsonArray array, TemplateScope scope) =>
        new(array.SelectMany(item => ExpandNode(item, scope)).ToArray());

    private IEnumerable<JsonNode?> ExpandObject(JsonObject obj, TemplateScope scope)
    {
        if (!obj.TryGetPropertyValue("$data", out var dataNode))
        {
            return ExpandWhen(obj, scope);
        }

        var data = dataNode is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? Interpolate(v.GetValue<string>(), scope)
            : dataNode;
        if (data is JsonArray items)
        {
            return items.SelectMany((item, index) => ExpandWhen(obj, scope.With(item, index))).ToList();
        }

        // A $data that resolves to null/missing binds nothing, so the element is dropped (like an empty array).
        return JsonValues.IsNull(data) ? [] : ExpandWhen(obj, scope.With(data, scope.Index));
    }

    private IEnumerable<JsonNode?> ExpandWhen(JsonObject obj, TemplateScope scope)
    {
        if (obj.TryGetPropertyValue("$when", out var when))
        {
            var condition = when is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? Interpolate(v.GetValue<string>(), scope)
                : when;
            if (!JsonValues.IsTruthy(condition))
            {
                return [];
            }
        }

        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (key is "$data" or "$when")
            {
                continue;
            }

            var expanded = ExpandNode(value, scope).FirstOrDefault();
            if (!JsonValues.IsNull(expanded))
            {
                result[key] = expanded;
            }
        }

        return [result];
    }

    private JsonNode? Interpolate(string text, TemplateScope scope) =>
        StringInterpolator.Expand(text, scope, (expression, ex) => new CardTemplateException(Name, expression, ex.Message, ex));
}
