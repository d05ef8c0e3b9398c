namespace Odp.Bot.Cards.Templating;

/// <summary>
/// A part of an expanded template, expanded only as far as it is read: an object or array of the template bound to
/// the scope it appears in, or a value (from an expression, a literal, or the data). A property reads as the first
/// appearance of its value (an object whose <c>$data</c> is empty or whose <c>$when</c> is false reads as null); an
/// array's items are its items' appearances in order. Reading the whole of it gives what
/// <see cref="CardTemplate.Expand(System.Text.Json.Nodes.JsonNode?)"/> returns.
/// </summary>
internal readonly struct ExpandedNode
{
    private readonly TemplateNode? _template;
    private readonly TemplateScope _scope;

    internal ExpandedNode(TemplateNode template, in TemplateScope scope)
    {
        _template = template;
        _scope = scope;
    }

    public ExpandedNode(TemplateValue value) => Value = value;

    /// <summary>The value, when this is not an object or array of the template (else null).</summary>
    public TemplateValue Value { get; }

    public bool IsNull => _template is null && Value.IsNull;

    public bool IsObject => _template is ObjectTemplate || (_template is null && Value.Kind == TemplateKind.Object);

    /// <summary>Whether this is an object or array of the template (else a <see cref="Value"/>).</summary>
    internal bool IsTemplate => _template is not null;

    /// <summary>The object template and its names, when this is one.</summary>
    internal ObjectTemplate? ObjectTemplate => _template as ObjectTemplate;

    public ExpandedNode this[string name] => _template switch
    {
        ObjectTemplate obj => obj.Find(name) is { } value ? Expand(value, _scope) : default,
        null => new ExpandedNode(TemplateOperators.Member(Value, name)),
        _ => default,
    };

    /// <summary>The text of a scalar property (string, number, true, false); null when it is missing, null, an object or an array.</summary>
    public string? Text(string name)
    {
        var value = this[name];
        return value._template is null && value.Value.Kind is not (TemplateKind.Null or TemplateKind.Object or TemplateKind.Array)
            ? value.Value.ToText()
            : null;
    }

    /// <summary>Whether the property is the JSON <c>true</c>.</summary>
    public bool IsTrue(string name) => this[name] is { _template: null } value && value.Value.Kind == TemplateKind.True;

    /// <summary>The first appearance of <paramref name="node"/> in <paramref name="scope"/> (null when it has none).</summary>
    public static ExpandedNode Expand(TemplateNode node, in TemplateScope scope)
    {
        switch (node)
        {
            case ObjectTemplate obj:
                var instances = new TemplateInstances(obj, scope);
                return instances.MoveNext(out var first) ? new ExpandedNode(obj, first) : default;
            case ValueTemplate value:
                return new ExpandedNode(value.Evaluate(scope));
            default:
                return new ExpandedNode(node, scope);
        }
    }

    /// <summary>The items, when this is an array (none otherwise).</summary>
    public Items GetEnumerator() => new(_template as ArrayTemplate, _scope, _template is null ? Value : TemplateValue.Null);

    /// <summary>Enumerates an array's items without allocating.</summary>
    internal struct Items(ArrayTemplate? template, TemplateScope scope, TemplateValue values)
    {
        private int _index = -1;
        private TemplateInstances _instances;
        private ObjectTemplate? _repeating;

        public ExpandedNode Current { get; private set; }

        public bool MoveNext()
        {
            if (template is null)
            {
                if (++_index >= values.Count)
                {
                    return false;
                }

                Current = new ExpandedNode(values[_index]);
                return true;
            }

            while (true)
            {
                if (_repeating is not null)
                {
                    if (_instances.MoveNext(out var appearance))
                    {
                        Current = new ExpandedNode(_repeating, appearance);
                        return true;
                    }

                    _repeating = null;
                }

                if (++_index >= template.Items.Length)
                {
                    return false;
                }

                switch (template.Items[_index])
                {
                    case ObjectTemplate obj:
                        _repeating = obj;
                        _instances = new TemplateInstances(obj, scope);
                        break;
                    case ValueTemplate value:
                        Current = new ExpandedNode(value.Evaluate(scope));
                        return true;
                    case var array:
                        Current = new ExpandedNode(array, scope);
                        return true;
                }
            }
        }
    }
}
