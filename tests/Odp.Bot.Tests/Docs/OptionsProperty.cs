using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>One setting bound to an options class: the path of properties from the class to it.</summary>
internal sealed record OptionsProperty(OptionsClass Owner, IReadOnlyList<PropertyInfo> Path)
{
    public PropertyInfo Property => Path[^1];

    /// <summary>The configuration key without a list's index or a map's key, e.g. <c>Odp:Ldap:Attributes:UserId</c>.</summary>
    public string Key => Owner.Section + ":" + string.Join(':', Path.Select(p => p.Name));

    public SettingAttribute? Setting => Property.GetCustomAttribute<SettingAttribute>();

    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>();

    public MinLengthAttribute? MinLength => Property.GetCustomAttribute<MinLengthAttribute>();

    public DurationAttribute? Duration => Property.GetCustomAttribute<DurationAttribute>();

    public bool IsList => Property.PropertyType.IsGenericType && Property.PropertyType.GetGenericTypeDefinition() == typeof(List<>);

    public bool IsMap => Property.PropertyType.IsGenericType && Property.PropertyType.GetGenericTypeDefinition() == typeof(Dictionary<,>);

    /// <summary>The value this setting holds in <paramref name="options"/>, an instance of <see cref="OptionsClass.Type"/>.</summary>
    public object? Get(object options) => Path.Aggregate<PropertyInfo, object?>(options, (o, p) => p.GetValue(o));

    /// <summary>Sets this setting in <paramref name="options"/>, converting numbers to the property's type.</summary>
    public void Set(object options, object? value)
    {
        var holder = Path.Take(Path.Count - 1).Aggregate(options, (o, p) => p.GetValue(o)!);
        var type = Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
        Property.SetValue(holder, value is IConvertible && type.IsPrimitive ? Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture) : value);
    }
}
