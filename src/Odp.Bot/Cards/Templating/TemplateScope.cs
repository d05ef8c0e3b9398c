namespace Odp.Bot.Cards.Templating;

/// <summary>
/// The data an expression sees: <c>$data</c>, <c>$root</c> and, inside a repeat, <c>$index</c> (-1 outside one).
/// </summary>
internal readonly record struct TemplateScope(TemplateValue Data, TemplateValue Root, int Index)
{
    public static TemplateScope Of(TemplateValue root) => new(root, root, -1);

    public TemplateScope With(TemplateValue data, int index) => this with { Data = data, Index = index };
}
