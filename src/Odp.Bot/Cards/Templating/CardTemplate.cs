using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// An Adaptive Card template expanded with the templating subset: <c>${expr}</c>, <c>$data</c>, <c>$when</c>,
/// <c>$root</c>, <c>$index</c>. A string that is exactly one <c>${expr}</c> keeps the value's JSON type;
/// when that value is null or missing the property is removed (array items become null). An element whose
/// <c>$data</c> resolves to null or missing is dropped. The template is compiled once (expressions parsed, strings
/// split), so a syntax error fails <see cref="Parse"/>; expanding only evaluates.
/// </summary>
public sealed class CardTemplate
{
    private readonly TemplateNode _root;

    public CardTemplate(string name, JsonNode template)
    {
        Name = name;
        _root = TemplateCompiler.Compile(name, template);
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        JsonNode template;
        try
        {
            template = JsonNode.Parse(json) ?? throw new JsonException("template is JSON null");
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException(name, null, $"invalid JSON: {ex.Message}", ex);
        }

        return new CardTemplate(name, template);
    }

    /// <summary>Expands the template against <paramref name="data"/> (the <c>$root</c>), as JSON.</summary>
    public JsonNode Expand(JsonNode? data) => Expand(TemplateJson.From(data));

    /// <summary>Expands the template against <paramref name="data"/> (the <c>$root</c>), as JSON.</summary>
    public JsonNode Expand(TemplateValue data) => ToJson(Root(data))!;

    /// <summary>The expanded template's root, expanded as it is read.</summary>
    internal ExpandedNode Root(TemplateValue data)
    {
        var scope = TemplateScope.Of(data);
        if (_root is not ObjectTemplate obj)
        {
            var single = ExpandedNode.Expand(_root, scope);
            return single.IsNull ? throw NotOne(1) : single;
        }

        var instances = new TemplateInstances(obj, scope);
        var count = 0;
        var root = default(TemplateScope);
        while (instances.MoveNext(out var appearance))
        {
            root = appearance;
            count++;
        }

        return count == 1 ? new ExpandedNode(obj, root) : throw NotOne(count);
    }

    private CardTemplateException NotOne(int count) =>
        new(Name, null, $"the root must expand to exactly one element, got {count}");

    private static JsonNode? ToJson(ExpandedNode node)
    {
        if (node.ObjectTemplate is { } template)
        {
            var obj = new JsonObject();
            foreach (var name in template.Names)
            {
                var value = node[name];
                if (!value.IsNull)
                {
                    obj[name] = ToJson(value);
                }
            }

            return obj;
        }

        if (!node.IsTemplate)
        {
            return TemplateJson.ToNode(node.Value);
        }

        var array = new JsonArray();
        foreach (var item in node)
        {
            array.Add(ToJson(item));
        }

        return array;
    }
}
