using System.Reflection;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// One property on the way from an options class to a setting. <see cref="IntoMap"/>: the property is a map of nested
/// options (e.g. per backend), and the way goes on into one of its entries, shown as <c>&lt;key&gt;</c>.
/// </summary>
internal sealed record OptionsStep(PropertyInfo Property, bool IntoMap)
{
    /// <summary>The key segment: <c>Attributes</c>, or <c>Backends:&lt;backend&gt;</c> into a map.</summary>
    public string Segment => IntoMap ? $"{Property.Name}:<{Property.GetCustomAttribute<Odp.Engine.Settings.SettingAttribute>()?.Key ?? "key"}>" : Property.Name;

    /// <summary>What this step leads to in <paramref name="holder"/>; into a map, its first entry (one is added when there is none).</summary>
    public object? Next(object holder, bool create)
    {
        var value = Property.GetValue(holder);
        if (!IntoMap || value is not System.Collections.IDictionary map) return value;
        var entryType = Property.PropertyType.GetGenericArguments()[1];
        if (!create) return Activator.CreateInstance(entryType);
        if (map.Count == 0) map["example"] = Activator.CreateInstance(entryType);
        return map.Values.Cast<object>().First();
    }
}
