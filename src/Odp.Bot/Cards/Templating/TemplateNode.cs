namespace Odp.Bot.Cards.Templating;

/// <summary>
/// One JSON value of a template, compiled once when the template is loaded (<see cref="TemplateCompiler"/>): an
/// <see cref="ObjectTemplate"/>, an <see cref="ArrayTemplate"/> or a <see cref="ValueTemplate"/>.
/// </summary>
internal abstract class TemplateNode;

/// <summary>A template value that expands to one value: a JSON literal or a string with or without <c>${…}</c>.</summary>
internal abstract class ValueTemplate : TemplateNode
{
    public abstract TemplateValue Evaluate(in TemplateScope scope);
}

/// <summary>A literal: a number, true, false, null, a string without <c>${</c>, or a <c>$data</c> given as JSON.</summary>
internal sealed class ConstantTemplate(TemplateValue value) : ValueTemplate
{
    public override TemplateValue Evaluate(in TemplateScope scope) => value;
}

/// <summary>An array; its object items may repeat (<c>$data</c>) or drop out (<c>$when</c>).</summary>
internal sealed class ArrayTemplate(TemplateNode[] items) : TemplateNode
{
    public TemplateNode[] Items { get; } = items;
}

/// <summary>
/// An object: its properties in order (without <c>$data</c> and <c>$when</c>) and, when given, what it repeats over
/// (<see cref="Data"/>) and when it shows (<see cref="When"/>). <see cref="TemplateInstances"/> says where it appears.
/// </summary>
internal sealed class ObjectTemplate(string[] names, TemplateNode[] values, ValueTemplate? data, ValueTemplate? when) : TemplateNode
{
    public string[] Names { get; } = names;

    public TemplateNode[] Values { get; } = values;

    public ValueTemplate? Data { get; } = data;

    public ValueTemplate? When { get; } = when;

    public TemplateNode? Find(string name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return Values[i];
            }
        }

        return null;
    }
}
