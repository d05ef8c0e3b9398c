using System.Text.Json.Nodes;

namespace Odp.Bot.Cards.Templating;

/// <summary>The data an expression sees: <c>$data</c>, <c>$root</c> and, inside a repeat, <c>$index</c>.</summary>
internal sealed record TemplateScope(JsonNode? Data, JsonNode? Root, int? Index)
{
    public TemplateScope With(JsonNode? data, int? index) => this with { Data = data, Index = index };
}
