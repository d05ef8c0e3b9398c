namespace Odp.Bot.Cards.Templating;

/// <summary>
/// Where an <see cref="ObjectTemplate"/> appears, as the scope of each appearance: once in the enclosing scope
/// without <c>$data</c>; with <c>$data</c> once per item of an array (<c>$index</c> set), once bound to any other
/// value, never for null or missing. An appearance whose <c>$when</c> (evaluated in it) is false or null drops out.
/// </summary>
internal struct TemplateInstances
{
    private readonly ObjectTemplate _template;
    private readonly TemplateScope _outer;
    private readonly TemplateValue _items;
    private readonly int _count;
    private readonly bool _repeats;
    private int _next;

    public TemplateInstances(ObjectTemplate template, in TemplateScope outer)
    {
        _template = template;
        _outer = outer;
        if (template.Data is null)
        {
            _items = outer.Data;
            _count = 1;
            return;
        }

        _items = template.Data.Evaluate(outer);
        _repeats = _items.Kind == TemplateKind.Array;
        _count = _repeats ? _items.Count : _items.IsNull ? 0 : 1;
    }

    public bool MoveNext(out TemplateScope scope)
    {
        while (_next < _count)
        {
            var i = _next++;
            scope = _repeats ? _outer.With(_items[i], i) : _outer.With(_items, _outer.Index);
            if (_template.When is null || _template.When.Evaluate(scope).IsTruthy)
            {
                return true;
            }
        }

        scope = default;
        return false;
    }
}
