using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>The built-in functions of the templating subset.</summary>
internal static class ExpressionFunctions
{
    public static JsonNode? Call(string name, IReadOnlyList<JsonNode?> args) => name switch
    {
        "if" => If(Arity(name, args, 3)),
        "count" or "length" => JsonValue.Create(Count(name, Arity(name, args, 1)[0])),
        "empty" => JsonValue.Create(IsEmpty(Arity(name, args, 1)[0])),
        "exists" => JsonValue.Create(!JsonValues.IsNull(Arity(name, args, 1)[0])),
        "not" => JsonValue.Create(!JsonValues.IsTruthy(Arity(name, args, 1)[0])),
        "join" => JsonValue.Create(Join(name, Arity(name, args, 2))),
        "concat" => Concat(args),
        "toUpper" => JsonValue.Create(JsonValues.ToText(Arity(name, args, 1)[0]).ToUpperInvariant()),
        "toLower" => JsonValue.Create(JsonValues.ToText(Arity(name, args, 1)[0]).ToLowerInvariant()),
        "string" => JsonValue.Create(JsonValues.ToText(Arity(name, args, 1)[0])),
        _ => throw new FormatException($"unknown function '{name}'"),
    };

    private static IReadOnlyList<JsonNode?> Arity(string name, IReadOnlyList<JsonNode?> args, int expected) =>
        args.Count == expected
            ? args
            : throw new FormatException($"function '{name}' takes {expected} argument(s), got {args.Count}");

    private static JsonNode? If(IReadOnlyList<JsonNode?> args) =>
        JsonValues.Clone(JsonValues.IsTruthy(args[0]) ? args[1] : args[2]);

    private static int Count(string name, JsonNode? value) => value switch
    {
        _ when JsonValues.IsNull(value) => 0,
        JsonArray array => array.Count,
        JsonObject obj => obj.Count,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length,
        _ => throw new FormatException($"function '{name}' needs an array, object or string"),
    };

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        _ when JsonValues.IsNull(value) => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length == 0,
        _ => false,
    };

    private static string Join(string name, IReadOnlyList<JsonNode?> args)
    {
        if (JsonValues.IsNull(args[0]))
        {
            return string.Empty;
        }

        if (args[0] is not JsonArray array)
        {
            throw new FormatException($"function '{name}' needs an array as first argument");
        }

        return string.Join(JsonValues.ToText(args[1]), array.Select(JsonValues.ToText));
    }

    private static JsonNode? Concat(IReadOnlyList<JsonNode?> args)
    {
        if (args.Count > 0 && args.All(a => a is JsonArray))
        {
            return new JsonArray(args.SelectMany(a => a!.AsArray()).Select(JsonValues.Clone).ToArray());
        }

        return JsonValue.Create(string.Concat(args.Select(JsonValues.ToText)));
    }
}
