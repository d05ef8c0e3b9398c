using System.Reflection;
using Odp.Bot.Cli;
using Odp.Engine.Hosting;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// An options class: a class in the engine or the bot with a <c>public const string Section</c>, bound to that section.
/// Found by reflection, so a new one is documented (and its properties checked) without being listed anywhere.
/// </summary>
internal sealed record OptionsClass(Type Type, string Section)
{
    public static IReadOnlyList<OptionsClass> All { get; } =
    [
        .. new[] { typeof(DataDirectory).Assembly, typeof(ServeHost).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string))
            .Select(x => new OptionsClass(x.Type, (string)x.Field!.GetRawConstantValue()!))
            .OrderBy(o => o.Section, StringComparer.Ordinal)
            .ThenBy(o => o.IsPrimary ? 0 : 1)
            .ThenBy(o => o.Type.Name, StringComparer.Ordinal),
    ];

    /// <summary>The class named after its section (<c>TrinoOptions</c> for <c>Odp:Trino</c>) comes first when two share one.</summary>
    public bool IsPrimary => Type.Name == Section.Split(':')[^1] + "Options";

    /// <summary>The section's introduction, from a <see cref="SettingAttribute"/> on the class.</summary>
    public string? Introduction => Type.GetCustomAttribute<SettingAttribute>()?.Meaning;

    /// <summary>Every setting the class binds, in declaration order, nested options classes' settings included.</summary>
    public IEnumerable<OptionsProperty> Settings() => Leaves(Type, []);

    /// <summary>A new instance holding the class's defaults.</summary>
    public object Defaults() => Activator.CreateInstance(Type)!;

    private IEnumerable<OptionsProperty> Leaves(Type type, OptionsStep[] path)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod?.IsPublic == true && p.SetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            var t = property.PropertyType;
            var entry = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? t.GetGenericArguments()[1] : null;
            if (IsNested(t))
            {
                foreach (var leaf in Leaves(t, [.. path, new OptionsStep(property, IntoMap: false)])) yield return leaf;
            }
            else if (entry is not null && IsNested(entry))
            {
                foreach (var leaf in Leaves(entry, [.. path, new OptionsStep(property, IntoMap: true)])) yield return leaf;
            }
            else
            {
                yield return new OptionsProperty(this, [.. path, new OptionsStep(property, IntoMap: false)]);
            }
        }
    }

    /// <summary>An options class of our own held by another (like <c>LdapOptions.Attributes</c>): its properties are the settings.</summary>
    private static bool IsNested(Type type) =>
        type is { IsClass: true, Namespace: not null } && type.Namespace.StartsWith("Odp.", StringComparison.Ordinal)
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
