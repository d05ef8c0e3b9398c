using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>
/// Compiles a template's JSON into <see cref="TemplateNode"/>s: every string with <c>${…}</c> split and its
/// expressions parsed (<see cref="TextTemplate"/>), <c>$data</c> and <c>$when</c> taken out of their objects. A
/// <c>$data</c> or <c>$when</c> that is not a string is used as it is written.
/// </summary>
internal static class TemplateCompiler
{
    public static TemplateNode Compile(string template, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return CompileObject(template, obj);
            case JsonArray array:
                return new ArrayTemplate([.. array.Select(item => Compile(template, item))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return TextTemplate.Compile(template, value.GetValue<string>());
            default:
                return new ConstantTemplate(TemplateJson.From(node));
        }
    }

    private static ObjectTemplate CompileObject(string template, JsonObject obj)
    {
        var names = new List<string>();
        var values = new List<TemplateNode>();
        foreach (var (name, value) in obj)
        {
            if (name is not ("$data" or "$when"))
            {
                names.Add(name);
                values.Add(Compile(template, value));
            }
        }

        return new ObjectTemplate([.. names], [.. values], Special(template, obj, "$data"), Special(template, obj, "$when"));
    }

    private static ValueTemplate? Special(string template, JsonObject obj, string name) =>
        !obj.TryGetPropertyValue(name, out var node) ? null
        : node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? TextTemplate.Compile(template, value.GetValue<string>())
        : new ConstantTemplate(TemplateJson.From(node));
}
