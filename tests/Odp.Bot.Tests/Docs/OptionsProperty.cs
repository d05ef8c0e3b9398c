using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>One setting bound to an options class: the way from the class to its property.</summary>
internal sealed record OptionsProperty(OptionsClass Owner, IReadOnlyList<OptionsStep> Path)
{
    public PropertyInfo Property => Path[^1].Property;

    /// <summary>The configuration key without a list's index or a map's key, e.g. <c>Odp:Ldap:Attributes:UserId</c>.</summary>
    public string Key => Owner.Section + ":" + string.Join(':', Path.Select(s => s.Segment));

    public SettingAttribute? Setting => Property.GetCustomAttribute<SettingAttribute>();

    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>();

    public MinLengthAttribute? MinLength => Property.GetCustomAttribute<MinLengthAttribute>();

    public DurationAttribute? Duration => Property.GetCustomAttribute<DurationAttribute>();

    public bool IsList => IsGeneric(typeof(List<>));

    public bool IsMap => IsGeneric(typeof(Dictionary<,>));

    /// <summary>The value this setting holds in <paramref name="options"/> (into a map: a new entry's default).</summary>
    public object? Get(object options) =>
        Path.SkipLast(1).Aggregate<OptionsStep, object?>(options, (o, s) => s.Next(o!, create: false)) is { } holder ? Property.GetValue(holder) : null;

    /// <summary>Sets this setting in <paramref name="options"/> (into a map: in its first entry), converting numbers to the property's type.</summary>
    public void Set(object options, object? value)
    {
        var holder = Path.SkipLast(1).Aggregate(options, (o, s) => s.Next(o, create: true)!);
        var type = Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
        Property.SetValue(holder, value is IConvertible && type.IsPrimitive ? Convert.ChangeType(value, type, CultureInfo.InvariantCulture) : value);
    }

    private bool IsGeneric(Type definition) => Property.PropertyType.IsGenericType && Property.PropertyType.GetGenericTypeDefinition() == definition;
}
