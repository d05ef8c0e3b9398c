namespace Odp.Bot.Cards.Templating;

/// <summary>
/// An object of card data: named values in order, e.g. <c>new TemplateObject(("name", dataset.Name), ("shown", 5))</c>.
/// Names are looked up as written (ordinal); when a name is given twice, the first wins. Templates read it, never
/// change it.
/// </summary>
public sealed class TemplateObject(params (string Name, TemplateValue Value)[] properties)
{
    private readonly (string Name, TemplateValue Value)[] _properties = properties ?? throw new ArgumentNullException(nameof(properties));

    public int Count => _properties.Length;

    internal ReadOnlySpan<(string Name, TemplateValue Value)> Properties => _properties;

    /// <summary>The value named <paramref name="name"/>; null when there is none.</summary>
    public TemplateValue this[string name] => TryGet(name, out var value) ? value : TemplateValue.Null;

    public bool TryGet(string name, out TemplateValue value)
    {
        foreach (var property in _properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }

        value = TemplateValue.Null;
        return false;
    }
}
